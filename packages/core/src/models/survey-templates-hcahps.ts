import type { SurveyQuestion } from "./survey.ts";
import type { SurveyTemplate } from "./survey-templates.ts";

// An inpatient survey in the style of HCAHPS (the US hospital patient experience survey): the
// usual domains, in our own words. It is not the official HCAHPS instrument. Yes/no questions
// that say whether something applied come before the items they qualify; items that did not
// apply are left blank.

const FREQUENCY_NOTE = " (1 = 전혀 그렇지 않다 … 5 = 항상 그렇다)";
const FREQUENCY_NOTE_EN = " (1 = never … 5 = always)";
const AGREEMENT_NOTE = " (1 = 전혀 동의하지 않는다 … 5 = 매우 동의한다)";
const AGREEMENT_NOTE_EN = " (1 = strongly disagree … 5 = strongly agree)";

/** A frequency (1 = never … 5 = always) or agreement item on a 5-point scale. */
const scaled = (key: string, text: string, textEn: string): SurveyQuestion => ({
  key,
  type: "satisfaction",
  scale: 5,
  text,
  textEn,
  required: false,
});

const yesNo = (key: string, text: string, textEn: string): SurveyQuestion => ({
  key,
  type: "yes_no",
  text,
  textEn,
  required: false,
});

export const HCAHPS_INPATIENT: SurveyTemplate = {
  id: "hcahps-inpatient",
  title: "입원 경험 설문 (HCAHPS 방식)",
  titleEn: "Inpatient experience survey (HCAHPS style)",
  description:
    "이번 입원 기간의 경험을 여쭙니다. 미국 HCAHPS 설문의 영역 구성을 참고해 자체 문구로 작성했으며, 공식 설문지가 아닙니다. " +
    "해당되지 않는 문항은 비워 두셔도 됩니다.",
  descriptionEn:
    "About your recent stay in hospital. It follows the domains of the US HCAHPS survey in our own wording; it is not " +
    "the official instrument. Leave out any question that does not apply.",
  definition: {
    sections: [
      {
        key: "hcahps_nurses",
        title: `간호사와의 소통${FREQUENCY_NOTE}`,
        titleEn: `Communication with nurses${FREQUENCY_NOTE_EN}`,
        questions: [
          scaled(
            "hcahps_nurse_courtesy",
            "입원 기간 동안 간호사는 귀하를 정중하고 존중하는 태도로 대했습니까?",
            "During your stay, how often did nurses treat you with courtesy and respect?",
          ),
          scaled(
            "hcahps_nurse_listen",
            "간호사는 귀하의 말을 귀 기울여 들었습니까?",
            "How often did nurses really listen to what you said?",
          ),
          scaled(
            "hcahps_nurse_explain",
            "간호사는 귀하가 이해할 수 있도록 설명해 주었습니까?",
            "How often did nurses explain things so that you could understand them?",
          ),
        ],
      },
      {
        key: "hcahps_doctors",
        title: `의사와의 소통${FREQUENCY_NOTE}`,
        titleEn: `Communication with doctors${FREQUENCY_NOTE_EN}`,
        questions: [
          scaled(
            "hcahps_doctor_courtesy",
            "입원 기간 동안 의사는 귀하를 정중하고 존중하는 태도로 대했습니까?",
            "During your stay, how often did doctors treat you with courtesy and respect?",
          ),
          scaled(
            "hcahps_doctor_listen",
            "의사는 귀하의 말을 귀 기울여 들었습니까?",
            "How often did doctors really listen to what you said?",
          ),
          scaled(
            "hcahps_doctor_explain",
            "의사는 귀하가 이해할 수 있도록 설명해 주었습니까?",
            "How often did doctors explain things so that you could understand them?",
          ),
        ],
      },
      {
        key: "hcahps_responsiveness",
        title: `직원의 응대${FREQUENCY_NOTE}`,
        titleEn: `Responsiveness of staff${FREQUENCY_NOTE_EN}`,
        questions: [
          scaled(
            "hcahps_call_button_help",
            "호출 벨을 눌렀을 때 원하는 만큼 빨리 도움을 받았습니까? (누른 적이 없으면 비워 두세요)",
            "After you pressed the call button, how often did you get help as quickly as you wanted (leave blank if you never used it)?",
          ),
          yesNo(
            "hcahps_needed_toilet_help",
            "화장실에 가거나 변기·소변기를 쓸 때 직원의 도움이 필요했습니까?",
            "Did you need help from staff to get to the bathroom or use a bedpan?",
          ),
          scaled(
            "hcahps_toilet_help",
            "도움이 필요했을 때, 화장실 이용을 원하는 만큼 빨리 도와주었습니까?",
            "When you needed it, how often did you get help with the bathroom as quickly as you wanted?",
          ),
        ],
      },
      {
        key: "hcahps_medicines",
        title: `약에 대한 설명${FREQUENCY_NOTE}`,
        titleEn: `Communication about medicines${FREQUENCY_NOTE_EN}`,
        questions: [
          yesNo(
            "hcahps_new_medicine",
            "입원 중 이전에 먹어 본 적 없는 새로운 약을 받았습니까?",
            "During your stay, were you given any medicine that you had not taken before?",
          ),
          scaled(
            "hcahps_med_purpose",
            "새로운 약을 받기 전에 직원이 그 약이 무엇을 위한 것인지 알려 주었습니까?",
            "Before giving you a new medicine, how often did staff tell you what it was for?",
          ),
          scaled(
            "hcahps_med_side_effects",
            "새로운 약을 받기 전에 직원이 생길 수 있는 부작용을 이해하기 쉽게 설명해 주었습니까?",
            "Before giving you a new medicine, how often did staff describe its possible side effects in a way you could understand?",
          ),
        ],
      },
      {
        key: "hcahps_environment",
        title: `병원 환경${FREQUENCY_NOTE}`,
        titleEn: `Cleanliness and quietness${FREQUENCY_NOTE_EN}`,
        questions: [
          scaled(
            "hcahps_clean",
            "병실과 화장실은 깨끗하게 유지되었습니까?",
            "How often were your room and bathroom kept clean?",
          ),
          scaled(
            "hcahps_quiet_night",
            "밤에 병실 주변은 조용했습니까?",
            "How often was the area around your room quiet at night?",
          ),
        ],
      },
      {
        key: "hcahps_discharge",
        title: "퇴원 안내",
        titleEn: "Discharge information",
        questions: [
          {
            key: "hcahps_discharge_destination",
            type: "single_choice",
            text: "퇴원 후 어디로 가셨습니까?",
            textEn: "Where did you go after leaving the hospital?",
            required: false,
            options: [
              { value: "home", label: "본인 또는 가족의 집", labelEn: "My own home or a relative's home" },
              {
                value: "facility",
                label: "요양병원 등 다른 의료·돌봄 시설",
                labelEn: "Another health or care facility",
              },
              { value: "other", label: "기타", labelEn: "Somewhere else" },
            ],
          },
          yesNo(
            "hcahps_discharge_help_discussed",
            "퇴원 후 필요한 도움을 받을 수 있을지에 대해 의사, 간호사 등 직원과 이야기를 나누었습니까?",
            "Did doctors, nurses or other staff talk with you about whether you would have the help you needed after leaving?",
          ),
          yesNo(
            "hcahps_discharge_symptoms_info",
            "퇴원 후 주의해서 살펴야 할 증상이나 건강 문제에 대한 안내문을 받았습니까?",
            "Were you given written information about symptoms or health problems to look out for after leaving?",
          ),
        ],
      },
      {
        key: "hcahps_transition",
        title: `퇴원 후 돌봄으로의 연계${AGREEMENT_NOTE}`,
        titleEn: `Care transition${AGREEMENT_NOTE_EN}`,
        questions: [
          scaled(
            "hcahps_transition_preferences",
            "퇴원 후 필요한 돌봄을 정할 때, 병원 직원은 저와 가족(보호자)의 바람을 충분히 고려했다.",
            "Staff took my wishes and those of my family or caregiver into account when planning the care I would need after leaving.",
          ),
          scaled(
            "hcahps_transition_responsibilities",
            "퇴원하면서 제 건강을 관리하기 위해 제가 해야 할 일을 잘 이해했다.",
            "When I left, I understood well what I would need to do to look after my health.",
          ),
          scaled(
            "hcahps_transition_medicines",
            "퇴원하면서 제가 먹어야 할 약 하나하나가 무엇을 위한 것인지 잘 이해했다.",
            "When I left, I clearly understood what each of my medicines was for.",
          ),
        ],
      },
      {
        key: "hcahps_overall",
        title: "전반적 평가",
        titleEn: "Overall",
        questions: [
          {
            key: "hcahps_overall_rating",
            type: "nps",
            text: "0점(가능한 최악의 병원)부터 10점(가능한 최고의 병원)까지로 이번에 입원한 병원을 평가해 주십시오.",
            textEn:
              "Using any number from 0 (worst hospital possible) to 10 (best hospital possible), how would you rate this hospital?",
            required: true,
          },
          {
            key: "hcahps_recommend",
            type: "single_choice",
            text: "가족이나 친구에게 이 병원을 추천하시겠습니까?",
            textEn: "Would you recommend this hospital to your friends and family?",
            required: true,
            options: [
              { value: "definitely_no", label: "절대 추천하지 않겠다", labelEn: "Definitely no" },
              { value: "probably_no", label: "아마 추천하지 않을 것이다", labelEn: "Probably no" },
              { value: "probably_yes", label: "아마 추천할 것이다", labelEn: "Probably yes" },
              { value: "definitely_yes", label: "꼭 추천하겠다", labelEn: "Definitely yes" },
            ],
          },
          {
            key: "hcahps_comment",
            type: "free_text",
            text: "입원 기간 중 좋았던 점이나 개선이 필요한 점을 자유롭게 적어 주세요.",
            textEn: "Is there anything about your stay that went well or that we could do better?",
            required: false,
          },
        ],
      },
    ],
  },
};
