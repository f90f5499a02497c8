import type { SurveyQuestion } from "./survey.ts";
import type { SurveyTemplate } from "./survey-templates.ts";

// An inpatient survey that follows the structure of HIRA's 환자경험평가 (Health Insurance Review and
// Assessment Service patient experience assessment), 2025 round: 7 domains and 26 items. The
// wording is ours, written from the public description of what each item asks about; it is not
// the official questionnaire. Keys are stable so answers stay comparable across hospitals.

const FREQUENCY_NOTE = " (1 = 전혀 그렇지 않다 … 5 = 항상 그렇다)";
const FREQUENCY_NOTE_EN = " (1 = never … 5 = always)";

/** A frequency-style item on a 5-point scale: 1 = never … 5 = always. */
const often = (key: string, text: string, textEn: string): SurveyQuestion => ({
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

const zeroToTen = (key: string, text: string, textEn: string): SurveyQuestion => ({
  key,
  type: "nps",
  text,
  textEn,
  required: true,
});

export const HIRA_PATIENT_EXPERIENCE: SurveyTemplate = {
  id: "hira-patient-experience",
  title: "입원 환자경험 설문 (환자경험평가 구조)",
  titleEn: "Inpatient experience survey (HIRA patient experience structure)",
  description:
    "입원 기간 동안의 경험을 여쭙니다. 건강보험심사평가원 환자경험평가(2025년 차수)의 7개 영역·26개 문항 구성을 따라 " +
    "자체 문구로 작성한 설문이며, 공식 설문지가 아닙니다. 해당되지 않는 문항은 비워 두셔도 됩니다.",
  descriptionEn:
    "About your stay in hospital. It follows the 7 domains and 26 items of HIRA's patient experience assessment " +
    "(2025 round) in our own wording; it is not the official questionnaire. Leave out any question that does not apply.",
  definition: {
    sections: [
      {
        key: "hira_nurse",
        title: `간호사 서비스${FREQUENCY_NOTE}`,
        titleEn: `Nursing care${FREQUENCY_NOTE_EN}`,
        questions: [
          often(
            "hira_nurse_courtesy",
            "간호사는 귀하를 예의 바르고 존중하는 태도로 대했습니까?",
            "How often did the nurses treat you with courtesy and respect?",
          ),
          often(
            "hira_nurse_listen",
            "간호사는 귀하의 이야기를 주의 깊게 들어 주었습니까?",
            "How often did the nurses listen carefully to what you had to say?",
          ),
          often(
            "hira_nurse_explain",
            "간호사는 귀하가 이해하기 쉽게 설명해 주었습니까?",
            "How often did the nurses explain things in a way you could understand?",
          ),
          often(
            "hira_nurse_prompt_help",
            "도움을 요청했을 때 간호사가 빠르게 도와주었습니까?",
            "When you asked for help, how often did a nurse help you promptly?",
          ),
        ],
      },
      {
        key: "hira_doctor",
        title: `의사 서비스${FREQUENCY_NOTE}`,
        titleEn: `Doctors' care${FREQUENCY_NOTE_EN}`,
        questions: [
          often(
            "hira_doctor_courtesy",
            "의사는 귀하를 예의 바르고 존중하는 태도로 대했습니까?",
            "How often did the doctors treat you with courtesy and respect?",
          ),
          often(
            "hira_doctor_listen",
            "의사는 귀하의 이야기를 주의 깊게 들어 주었습니까?",
            "How often did the doctors listen carefully to what you had to say?",
          ),
          often(
            "hira_doctor_explain",
            "의사는 귀하가 이해하기 쉽게 설명해 주었습니까?",
            "How often did the doctors explain things in a way you could understand?",
          ),
          often(
            "hira_doctor_talk_worries",
            "걱정되는 점에 대해 의사와 이야기할 기회가 충분히 있었습니까?",
            "How often did you have enough chance to talk with a doctor about your worries?",
          ),
        ],
      },
      {
        key: "hira_treatment",
        title: `투약 및 치료 과정${FREQUENCY_NOTE}`,
        titleEn: `Medicines and treatment${FREQUENCY_NOTE_EN}`,
        questions: [
          often(
            "hira_med_purpose",
            "새로운 약을 처음 받을 때, 그 약을 왜 쓰는지 알기 쉽게 설명을 들었습니까?",
            "When you were given a new medicine, how often were you told clearly what it was for?",
          ),
          often(
            "hira_med_side_effects",
            "새로운 약을 처음 받을 때, 생길 수 있는 부작용에 대해 알기 쉽게 설명을 들었습니까?",
            "When you were given a new medicine, how often were its possible side effects explained clearly?",
          ),
          often(
            "hira_test_explain",
            "검사나 시술을 받기 전에 그 이유와 과정에 대해 알기 쉽게 설명을 들었습니까?",
            "Before a test or procedure, how often were its reason and what would happen explained clearly?",
          ),
          often(
            "hira_pain_control",
            "통증이 있을 때 병원 직원이 통증을 줄이기 위해 충분히 노력했습니까?",
            "When you were in pain, how often did the staff do enough to help ease it?",
          ),
          often(
            "hira_discharge_care",
            "퇴원 후 집에서 지켜야 할 점(증상, 복약, 생활 관리)에 대해 알기 쉽게 설명을 들었습니까?",
            "How often were the things to look after at home (symptoms, medicines, daily care) explained clearly before you left?",
          ),
        ],
      },
      {
        key: "hira_emotional",
        title: `정서적 지지${FREQUENCY_NOTE}`,
        titleEn: `Emotional support${FREQUENCY_NOTE_EN}`,
        questions: [
          often(
            "hira_emotion_anxiety",
            "병이나 치료에 대한 두려움과 불안을 덜 수 있도록 병원 직원이 도와주었습니까?",
            "How often did the staff help ease your fears and anxiety about your illness or treatment?",
          ),
          often(
            "hira_emotion_understanding",
            "병원 직원은 귀하의 마음과 감정을 이해하려고 노력했습니까?",
            "How often did the staff try to understand how you were feeling?",
          ),
          yesNo(
            "hira_emotion_someone_to_talk",
            "입원 중 걱정이 있을 때 편하게 이야기할 수 있는 병원 직원이 있었습니까?",
            "During your stay, was there a member of staff you could comfortably talk to when you were worried?",
          ),
        ],
      },
      {
        key: "hira_safety_environment",
        title: `환자안전 및 병원환경${FREQUENCY_NOTE}`,
        titleEn: `Patient safety and hospital environment${FREQUENCY_NOTE_EN}`,
        questions: [
          often(
            "hira_safety_identity_check",
            "약을 주거나 검사·처치를 하기 전에 직원이 귀하의 이름 등으로 본인 여부를 확인했습니까?",
            "Before giving you medicine or doing a test or treatment, how often did staff check who you were (your name, for example)?",
          ),
          often(
            "hira_safety_hand_hygiene",
            "직원이 귀하를 진료하거나 돌보기 전에 손을 씻거나 소독했습니까?",
            "How often did staff clean their hands before examining or caring for you?",
          ),
          often(
            "hira_env_clean",
            "병실과 화장실은 깨끗하게 유지되었습니까?",
            "How often were your room and bathroom kept clean?",
          ),
          often(
            "hira_env_quiet",
            "밤에 병실 주변은 편히 쉴 수 있을 만큼 조용했습니까?",
            "How often was the area around your room quiet enough to rest at night?",
          ),
        ],
      },
      {
        key: "hira_rights",
        title: `환자권리보장${FREQUENCY_NOTE}`,
        titleEn: `Patient rights${FREQUENCY_NOTE_EN}`,
        questions: [
          often(
            "hira_rights_fair_treatment",
            "경제적 형편, 나이, 성별, 출신 등과 관계없이 공정하게 대우받았습니까?",
            "How often were you treated fairly, whatever your income, age, sex or background?",
          ),
          often(
            "hira_rights_decisions",
            "치료 방법을 정할 때 귀하가 함께 의견을 내고 참여할 기회가 있었습니까?",
            "How often did you have the chance to give your views and take part in decisions about your treatment?",
          ),
          often(
            "hira_rights_privacy",
            "진찰이나 처치를 받을 때 신체 노출이나 개인 정보가 다른 사람에게 드러나지 않도록 배려받았습니까?",
            "During examinations and care, how often was your privacy (your body and personal information) protected?",
          ),
          yesNo(
            "hira_rights_complaints",
            "불편이나 불만이 있을 때 어디에 어떻게 말하면 되는지 안내를 받았습니까?",
            "Were you told where and how to raise a complaint or concern?",
          ),
        ],
      },
      {
        key: "hira_overall",
        title: "전반적 평가 (0 = 최악 … 10 = 최고)",
        titleEn: "Overall (0 = worst … 10 = best)",
        questions: [
          zeroToTen(
            "hira_overall_rating",
            "이번 입원 경험을 0점(최악)부터 10점(최고)까지로 평가한다면 몇 점을 주시겠습니까?",
            "On a scale from 0 (worst) to 10 (best), how would you rate this hospital stay?",
          ),
          zeroToTen(
            "hira_overall_recommend",
            "가족이나 친구가 입원이 필요하다면 이 병원을 추천하시겠습니까? (0 = 전혀 아니다 … 10 = 꼭 추천한다)",
            "If family or friends needed a hospital stay, how likely would you be to recommend this hospital (0 = not at all … 10 = certainly)?",
          ),
        ],
      },
    ],
  },
};

/**
 * The kinds of touchpoint each HIRA item is about, in generic Korean terms, so that a later
 * feature can link an item to the touchpoints of a hospital's journey.
 */
export const HIRA_ITEM_TOUCHPOINT_HINTS: Record<string, string[]> = {
  hira_nurse_courtesy: ["병동 간호", "간호사 회진"],
  hira_nurse_listen: ["병동 간호", "간호사 회진"],
  hira_nurse_explain: ["병동 간호", "입원 안내", "투약"],
  hira_nurse_prompt_help: ["병동 간호", "간호사 호출"],
  hira_doctor_courtesy: ["의사 회진", "진료 상담"],
  hira_doctor_listen: ["의사 회진", "진료 상담"],
  hira_doctor_explain: ["의사 회진", "진료 상담", "검사 결과 설명"],
  hira_doctor_talk_worries: ["의사 회진", "진료 상담"],
  hira_med_purpose: ["투약", "복약 안내"],
  hira_med_side_effects: ["투약", "복약 안내"],
  hira_test_explain: ["검사", "시술·수술", "동의서 설명"],
  hira_pain_control: ["통증 관리", "병동 간호", "투약"],
  hira_discharge_care: ["퇴원 안내", "퇴원약 복약 안내"],
  hira_emotion_anxiety: ["병동 간호", "의사 회진", "검사", "시술·수술"],
  hira_emotion_understanding: ["병동 간호", "의사 회진"],
  hira_emotion_someone_to_talk: ["병동 간호", "상담"],
  hira_safety_identity_check: ["투약", "검사", "처치"],
  hira_safety_hand_hygiene: ["병동 간호", "의사 회진", "처치"],
  hira_env_clean: ["병실", "화장실"],
  hira_env_quiet: ["병실", "야간 병동"],
  hira_rights_fair_treatment: ["입원 수속", "병동 간호", "의사 회진"],
  hira_rights_decisions: ["진료 상담", "동의서 설명"],
  hira_rights_privacy: ["진찰", "처치", "병실"],
  hira_rights_complaints: ["입원 안내", "고객 상담실"],
  hira_overall_rating: ["입원 전 과정"],
  hira_overall_recommend: ["입원 전 과정"],
};

/** The same hints in English, item by item and in the same order. */
export const HIRA_ITEM_TOUCHPOINT_HINTS_EN: Record<string, string[]> = {
  hira_nurse_courtesy: ["Ward nursing", "Nurse rounds"],
  hira_nurse_listen: ["Ward nursing", "Nurse rounds"],
  hira_nurse_explain: ["Ward nursing", "Admission orientation", "Medication"],
  hira_nurse_prompt_help: ["Ward nursing", "Nurse call"],
  hira_doctor_courtesy: ["Doctor rounds", "Consultation"],
  hira_doctor_listen: ["Doctor rounds", "Consultation"],
  hira_doctor_explain: ["Doctor rounds", "Consultation", "Test results explanation"],
  hira_doctor_talk_worries: ["Doctor rounds", "Consultation"],
  hira_med_purpose: ["Medication", "Medication counselling"],
  hira_med_side_effects: ["Medication", "Medication counselling"],
  hira_test_explain: ["Tests", "Procedures and surgery", "Consent explanation"],
  hira_pain_control: ["Pain management", "Ward nursing", "Medication"],
  hira_discharge_care: ["Discharge instructions", "Discharge medication counselling"],
  hira_emotion_anxiety: ["Ward nursing", "Doctor rounds", "Tests", "Procedures and surgery"],
  hira_emotion_understanding: ["Ward nursing", "Doctor rounds"],
  hira_emotion_someone_to_talk: ["Ward nursing", "Counselling"],
  hira_safety_identity_check: ["Medication", "Tests", "Treatment"],
  hira_safety_hand_hygiene: ["Ward nursing", "Doctor rounds", "Treatment"],
  hira_env_clean: ["Patient room", "Bathroom"],
  hira_env_quiet: ["Patient room", "Ward at night"],
  hira_rights_fair_treatment: ["Admission", "Ward nursing", "Doctor rounds"],
  hira_rights_decisions: ["Consultation", "Consent explanation"],
  hira_rights_privacy: ["Examination", "Treatment", "Patient room"],
  hira_rights_complaints: ["Admission orientation", "Patient relations office"],
  hira_overall_rating: ["Whole inpatient stay"],
  hira_overall_recommend: ["Whole inpatient stay"],
};
