import type { SurveyDefinition, SurveyQuestion } from "./survey.ts";
import { HCAHPS_INPATIENT } from "./survey-templates-hcahps.ts";
import { HIRA_PATIENT_EXPERIENCE } from "./survey-templates-hira.ts";

export { HCAHPS_INPATIENT } from "./survey-templates-hcahps.ts";
export {
  HIRA_ITEM_TOUCHPOINT_HINTS,
  HIRA_ITEM_TOUCHPOINT_HINTS_EN,
  HIRA_PATIENT_EXPERIENCE,
} from "./survey-templates-hira.ts";

// Survey templates. The wording is ours; keys are stable so answers stay comparable across surveys.

interface JourneyOutline {
  title: string;
  stages: { id: string; name: string; touchpoints: { id: string; name: string }[] }[];
}

const satisfaction = (key: string, text: string, textEn: string, extra: Partial<SurveyQuestion> = {}) =>
  ({ key, type: "satisfaction", scale: 5, text, textEn, required: false, ...extra }) as SurveyQuestion;

/**
 * The MOT survey of a journey: per touchpoint, how satisfied the patient was and how much it
 * mattered to them (one section per stage), then overall satisfaction, NPS and a comment.
 */
export function motSurveyDefinition(journey: JourneyOutline): SurveyDefinition {
  const sections: SurveyDefinition["sections"] = [];
  journey.stages.forEach((stage, s) => {
    if (stage.touchpoints.length === 0) return;
    sections.push({
      key: `stage-${s + 1}`,
      title: stage.name,
      titleEn: stage.name,
      questions: stage.touchpoints.flatMap((tp, t) => {
        const key = `s${s + 1}-t${t + 1}`;
        const anchor = { touchpointId: tp.id, stageId: stage.id };
        return [
          satisfaction(
            `${key}-satisfaction`,
            `‘${tp.name}’에 얼마나 만족하셨나요?`,
            `How satisfied were you with ‘${tp.name}’?`,
            anchor,
          ),
          {
            key: `${key}-importance`,
            type: "importance",
            scale: 5,
            text: `‘${tp.name}’은(는) 얼마나 중요하셨나요?`,
            textEn: `How important was ‘${tp.name}’ to you?`,
            required: false,
            ...anchor,
          } as SurveyQuestion,
        ];
      }),
    });
  });
  sections.push({
    key: "overall",
    title: "전반적인 경험",
    titleEn: "Overall experience",
    questions: [
      satisfaction(
        "overall-satisfaction",
        `‘${journey.title}’ 전반에 얼마나 만족하셨나요?`,
        `Overall, how satisfied were you with ‘${journey.title}’?`,
        { required: true },
      ),
      {
        key: "nps",
        type: "nps",
        text: "이 병원을 가족이나 친구에게 추천할 가능성은 얼마나 되나요?",
        textEn: "How likely are you to recommend this hospital to a friend or family member?",
        required: true,
      },
      {
        key: "comment",
        type: "free_text",
        text: "좋았던 점이나 바라는 점을 자유롭게 적어 주세요.",
        textEn: "Please tell us what went well or what we could do better.",
        required: false,
      },
    ],
  });
  return { sections };
}

export interface SurveyTemplate {
  id: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  definition: SurveyDefinition;
}

const OUTPATIENT_NPS: SurveyTemplate = {
  id: "outpatient-nps",
  title: "외래 진료 경험 설문",
  titleEn: "Outpatient visit survey",
  description: "오늘 외래 진료는 어떠셨나요? 1분이면 충분합니다.",
  descriptionEn: "How was your outpatient visit today? It takes about a minute.",
  definition: {
    sections: [
      {
        key: "recommend",
        title: "추천 의향",
        titleEn: "Recommendation",
        questions: [
          {
            key: "nps",
            type: "nps",
            text: "오늘의 진료 경험을 바탕으로, 우리 병원을 가족이나 친구에게 추천하시겠습니까?",
            textEn: "Based on today's visit, how likely are you to recommend us to family or friends?",
            required: true,
          },
          {
            key: "nps-reason",
            type: "free_text",
            text: "그렇게 점수를 주신 가장 큰 이유는 무엇인가요?",
            textEn: "What is the main reason for your score?",
            required: false,
          },
        ],
      },
      {
        key: "quick",
        title: "오늘의 진료",
        titleEn: "Today's visit",
        questions: [
          satisfaction(
            "wait-time",
            "접수부터 진료까지 기다린 시간에 만족하셨나요?",
            "How satisfied were you with the wait from check-in to seeing the doctor?",
          ),
          satisfaction(
            "doctor-explanation",
            "의사가 진단과 치료를 알기 쉽게 설명해 주었나요?",
            "Did the doctor explain your diagnosis and treatment clearly?",
          ),
          satisfaction(
            "staff-courtesy",
            "직원들이 친절하고 존중하는 태도로 대해 주었나요?",
            "Were the staff courteous and respectful?",
          ),
        ],
      },
    ],
  },
};

export const SURVEY_TEMPLATES: Record<string, SurveyTemplate> = {
  [OUTPATIENT_NPS.id]: OUTPATIENT_NPS,
  [HIRA_PATIENT_EXPERIENCE.id]: HIRA_PATIENT_EXPERIENCE,
  [HCAHPS_INPATIENT.id]: HCAHPS_INPATIENT,
};
