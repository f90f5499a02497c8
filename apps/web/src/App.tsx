import { Center, Loader } from "@mantine/core";
import { Navigate, Route, Routes, useLocation } from "react-router";
import { useSession } from "./api/queries.ts";
import { AppLayout } from "./components/AppLayout.tsx";
import { ErrorState } from "./components/states.tsx";
import { homeHospital } from "./lib/hospital.ts";
import { AccessLogPage } from "./pages/AccessLogPage.tsx";
import { AlertsPage } from "./pages/AlertsPage.tsx";
import { AuditLogPage } from "./pages/AuditLogPage.tsx";
import { ComparePage } from "./pages/ComparePage.tsx";
import { CyclePage } from "./pages/CyclePage.tsx";
import { DepartmentsPage } from "./pages/DepartmentsPage.tsx";
import { FollowUpPage } from "./pages/FollowUpPage.tsx";
import { HospitalSettingsPage } from "./pages/HospitalSettingsPage.tsx";
import { InsightPage } from "./pages/InsightPage.tsx";
import { JourneyMapPage } from "./pages/JourneyMapPage.tsx";
import { JourneyPage } from "./pages/JourneyPage.tsx";
import { JourneysPage } from "./pages/JourneysPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { MembersPage } from "./pages/MembersPage.tsx";
import { NoHospitalPage, NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PersonasPage } from "./pages/PersonasPage.tsx";
import { PublicSurveyPage } from "./pages/PublicSurveyPage.tsx";
import { SharedJourneyPage } from "./pages/SharedJourneyPage.tsx";
import { SurveyImportPage } from "./pages/SurveyImportPage.tsx";
import { SurveysBuilderPage } from "./pages/SurveysBuilderPage.tsx";
import { SurveysPage } from "./pages/SurveysPage.tsx";
import { SurveysResponsesPage } from "./pages/SurveysResponsesPage.tsx";
import { TouchpointInsightPage } from "./pages/TouchpointInsightPage.tsx";
import { TouchpointPage } from "./pages/TouchpointPage.tsx";
import { VocImportPage } from "./pages/VocImportPage.tsx";
import { VocPage } from "./pages/VocPage.tsx";

function FullPageLoader() {
  return (
    <Center h="100vh">
      <Loader />
    </Center>
  );
}

/** Signed-in area: waits for the session, sends strangers to /login and back afterwards. */
function RequireSession({ children }: { children: React.ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageLoader />;
  if (session.isError) {
    return (
      <Center h="100vh" p="xl">
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    );
  }
  if (!session.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** `/`: the first hospital the user belongs to. */
function Home() {
  const session = useSession();
  const first = homeHospital(session.data?.memberships ?? []);
  if (!first) return <NoHospitalPage />;
  return <Navigate to={`/h/${first.hospitalId}/journeys`} replace />;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/share/:token" element={<SharedJourneyPage />} />
      <Route path="/s/:publicId" element={<PublicSurveyPage />} />
      <Route
        path="/"
        element={
          <RequireSession>
            <Home />
          </RequireSession>
        }
      />
      <Route
        path="/h/:hospitalId"
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to="journeys" replace />} />
        <Route path="journeys" element={<JourneysPage />} />
        <Route path="journeys/:journeyId" element={<JourneyPage />} />
        <Route path="journeys/:journeyId/touchpoints/:touchpointId" element={<TouchpointPage />} />
        <Route path="journeys/:journeyId/map" element={<JourneyMapPage />} />
        <Route path="journeys/:journeyId/cycle" element={<CyclePage />} />
        <Route path="journeys/:journeyId/compare" element={<ComparePage />} />
        <Route path="journeys/:journeyId/insight" element={<InsightPage />} />
        <Route path="journeys/:journeyId/insight/touchpoints/:touchpointId" element={<TouchpointInsightPage />} />
        <Route path="surveys" element={<SurveysPage />} />
        <Route path="surveys/:surveyId" element={<SurveysBuilderPage />} />
        <Route path="surveys/:surveyId/responses" element={<SurveysResponsesPage />} />
        <Route path="surveys/:surveyId/import" element={<SurveyImportPage />} />
        <Route path="personas" element={<PersonasPage />} />
        <Route path="departments" element={<DepartmentsPage />} />
        <Route path="members" element={<MembersPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="voc" element={<VocPage />} />
        <Route path="voc/import" element={<VocImportPage />} />
        <Route path="follow-up" element={<FollowUpPage />} />
        <Route path="alerts" element={<AlertsPage />} />
        <Route path="access-log" element={<AccessLogPage />} />
        <Route path="settings" element={<HospitalSettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
