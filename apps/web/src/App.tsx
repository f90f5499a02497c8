import { Center, Loader } from "@mantine/core";
import { type ComponentType, lazy, Suspense } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router";
import { useSession } from "./api/queries.ts";
import { AppLayout } from "./components/AppLayout.tsx";
import { ErrorState } from "./components/states.tsx";
import { homeHospital } from "./lib/hospital.ts";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NoHospitalPage, NotFoundPage } from "./pages/NotFoundPage.tsx";

/**
 * Pages load on first visit, each with what only it needs (ECharts for the dashboards, dnd-kit for the map,
 * QR codes for the surveys): a patient opening a survey on a phone downloads the survey page, not the
 * whole application.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
const AccessLogPage = page(() => import("./pages/AccessLogPage.tsx"), "AccessLogPage");
const AlertsPage = page(() => import("./pages/AlertsPage.tsx"), "AlertsPage");
const AuditLogPage = page(() => import("./pages/AuditLogPage.tsx"), "AuditLogPage");
const ComparePage = page(() => import("./pages/ComparePage.tsx"), "ComparePage");
const CyclePage = page(() => import("./pages/CyclePage.tsx"), "CyclePage");
const DepartmentInsightPage = page(() => import("./pages/DepartmentInsightPage.tsx"), "DepartmentInsightPage");
const DepartmentsPage = page(() => import("./pages/DepartmentsPage.tsx"), "DepartmentsPage");
const FollowUpPage = page(() => import("./pages/FollowUpPage.tsx"), "FollowUpPage");
const HospitalSettingsPage = page(() => import("./pages/HospitalSettingsPage.tsx"), "HospitalSettingsPage");
const InsightPage = page(() => import("./pages/InsightPage.tsx"), "InsightPage");
const JourneyMapPage = page(() => import("./pages/JourneyMapPage.tsx"), "JourneyMapPage");
const JourneyPage = page(() => import("./pages/JourneyPage.tsx"), "JourneyPage");
const JourneysPage = page(() => import("./pages/JourneysPage.tsx"), "JourneysPage");
const MembersPage = page(() => import("./pages/MembersPage.tsx"), "MembersPage");
const PersonasPage = page(() => import("./pages/PersonasPage.tsx"), "PersonasPage");
const PublicSurveyPage = page(() => import("./pages/PublicSurveyPage.tsx"), "PublicSurveyPage");
const SharedJourneyPage = page(() => import("./pages/SharedJourneyPage.tsx"), "SharedJourneyPage");
const SiteComparisonPage = page(() => import("./pages/SiteComparisonPage.tsx"), "SiteComparisonPage");
const SurveyImportPage = page(() => import("./pages/SurveyImportPage.tsx"), "SurveyImportPage");
const SurveysBuilderPage = page(() => import("./pages/SurveysBuilderPage.tsx"), "SurveysBuilderPage");
const SurveysPage = page(() => import("./pages/SurveysPage.tsx"), "SurveysPage");
const SurveysResponsesPage = page(() => import("./pages/SurveysResponsesPage.tsx"), "SurveysResponsesPage");
const TouchpointInsightPage = page(() => import("./pages/TouchpointInsightPage.tsx"), "TouchpointInsightPage");
const TouchpointPage = page(() => import("./pages/TouchpointPage.tsx"), "TouchpointPage");
const VocImportPage = page(() => import("./pages/VocImportPage.tsx"), "VocImportPage");
const VocPage = page(() => import("./pages/VocPage.tsx"), "VocPage");

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
    <Suspense fallback={<FullPageLoader />}>
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
          <Route path="journeys/:journeyId/insight/sites" element={<SiteComparisonPage />} />
          <Route path="surveys" element={<SurveysPage />} />
          <Route path="surveys/:surveyId" element={<SurveysBuilderPage />} />
          <Route path="surveys/:surveyId/responses" element={<SurveysResponsesPage />} />
          <Route path="surveys/:surveyId/import" element={<SurveyImportPage />} />
          <Route path="personas" element={<PersonasPage />} />
          <Route path="departments" element={<DepartmentsPage />} />
          <Route path="insight/departments" element={<DepartmentInsightPage />} />
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
    </Suspense>
  );
}
