import type { CreateDepartmentInput } from "../index.ts";

/**
 * Owning departments of the demo hospital. Touchpoints in the demo journeys name these
 * departments by their Korean `name`, which must match exactly.
 */
export const DEMO_DEPARTMENTS: CreateDepartmentInput[] = [
  {
    name: "고객경험팀",
    nameEn: "Customer Experience Team",
    code: "CX",
    description:
      "환자경험 전략과 MOT 매뉴얼을 관리하고, 고객의 소리(VOC)·해피콜·만족도 조사를 운영한다. 종합안내 데스크와 외래 안내 도우미를 맡는다.",
  },
  {
    name: "원무팀",
    nameEn: "Patient Administration",
    code: "ADM",
    description: "외래·입원 접수와 수납, 진료비 상담, 제증명 서류 발급, 입·퇴원 수속을 담당한다.",
  },
  {
    name: "예약센터",
    nameEn: "Reservation Call Center",
    code: "CALL",
    description: "대표번호 콜센터로 진료 예약·변경·취소, 예약 알림 발송, 콜백 상담을 맡는다.",
  },
  {
    name: "진료협력센터",
    nameEn: "Referral Center",
    code: "REFER",
    description: "협력 병·의원과의 진료의뢰·회송을 관리하고, 의뢰 환자의 빠른 예약과 퇴원 후 지역 연계를 지원한다.",
  },
  {
    name: "병상관리팀",
    nameEn: "Bed Management",
    code: "BED",
    description: "입원 예약과 병상 배정, 병실 등급 안내, 입원 전 안내를 담당한다.",
  },
  {
    name: "외래간호팀",
    nameEn: "Outpatient Nursing",
    code: "OPD_NURSE",
    description: "외래 진료과의 도착 확인, 사전 문진, 진료 대기 관리, 진료 후 검사·예약 안내를 맡는다.",
  },
  {
    name: "병동간호팀",
    nameEn: "Ward Nursing",
    code: "WARD_NURSE",
    description: "입원 병동의 간호, 오리엔테이션, 통증 관리, 수술 전후 준비, 퇴원 교육과 퇴원 해피콜을 담당한다.",
  },
  {
    name: "수술간호팀",
    nameEn: "Operating Room Nursing",
    code: "OR_NURSE",
    description: "수술 대기실과 수술실, 회복실 간호를 맡고 보호자에게 수술 진행 상황을 알린다.",
  },
  {
    name: "소화기내과",
    nameEn: "Gastroenterology",
    code: "GI",
    description: "위·식도·대장·간·담췌 질환을 진료하는 진료과. 첫 방문 외래 여정의 진료 의료진.",
  },
  {
    name: "외과",
    nameEn: "General Surgery",
    code: "GS",
    description: "간담췌·위장관 수술을 하는 진료과. 입원 여정의 수술 결정, 회진, 수술 결과 설명을 맡는다.",
  },
  {
    name: "마취통증의학과",
    nameEn: "Anesthesiology and Pain Medicine",
    code: "ANES",
    description: "수술 전 마취 상담과 수술 중 마취, 수술 후 통증 조절을 담당한다.",
  },
  {
    name: "진단검사의학과",
    nameEn: "Laboratory Medicine",
    code: "LAB",
    description: "외래 채혈실과 검체 검사를 운영하고 검사 결과를 보고한다.",
  },
  {
    name: "영상의학과",
    nameEn: "Radiology",
    code: "RAD",
    description: "X선, 초음파, CT, MRI 검사와 판독을 맡고 영상 검사실 탈의실을 관리한다.",
  },
  {
    name: "내시경센터",
    nameEn: "Endoscopy Center",
    code: "ENDO",
    description: "위·대장내시경 예약과 검사 전 설명, 수면 내시경 회복실을 운영한다.",
  },
  {
    name: "약제부",
    nameEn: "Pharmacy",
    code: "PHARM",
    description: "원내 조제와 퇴원약 복약지도, 처방 약 정보 제공을 담당한다.",
  },
  {
    name: "영양팀",
    nameEn: "Nutrition Services",
    code: "NUTR",
    description: "입원 환자 치료식 배식과 영양 상담, 퇴원 식이 교육을 맡는다.",
  },
  {
    name: "건강증진센터",
    nameEn: "Health Promotion Center",
    code: "HPC",
    description: "종합건강검진 상담·예약, 검진 당일 운영, 결과 상담과 사후 관리를 담당한다. 한빛메디컬타워에 있다.",
  },
  {
    name: "시설관리팀",
    nameEn: "Facilities Management",
    code: "FAC",
    description: "건물·사인물·탈의실·병실 설비를 관리하고 환경 불편 사항을 처리한다.",
  },
  {
    name: "주차보안팀",
    nameEn: "Parking and Security",
    code: "SEC",
    description: "주차장 운영과 주차 안내 요원, 출입 통제와 보호자 출입증 관리를 맡는다.",
  },
  {
    name: "전산정보팀",
    nameEn: "Information Technology",
    code: "IT",
    description: "병원 앱·홈페이지·키오스크·알림톡 시스템을 운영하고 장애에 대응한다.",
  },
  {
    name: "홍보팀",
    nameEn: "Public Relations",
    code: "PR",
    description: "홈페이지 콘텐츠, 공식 블로그·SNS, 포털 플레이스 정보와 온라인 리뷰 응대를 맡는다.",
  },
];

/** The demo hospital's main site, where every department works unless DEMO_TOWER_DEPARTMENTS names it. */
export const DEMO_MAIN_SITE = "본원";
/** The second site: the health-promotion tower with the check-up centre. */
export const DEMO_TOWER_SITE = "한빛메디컬타워 (건강증진센터)";
/**
 * Departments at the tower: the health-promotion centre, and the endoscopy centre that moved there with the
 * screening endoscopies. So the site comparison tells the demo's department story by site: the tower's patients
 * (내시경센터) get the best explanations, the main hospital's include 외과's longer waits.
 */
export const DEMO_TOWER_DEPARTMENTS: readonly string[] = ["건강증진센터", "내시경센터"];

/** The site (by name) of each demo department (by name). */
export const DEMO_DEPARTMENT_SITES: Readonly<Record<string, string>> = Object.fromEntries(
  DEMO_DEPARTMENTS.map((d) => [d.name, DEMO_TOWER_DEPARTMENTS.includes(d.name) ? DEMO_TOWER_SITE : DEMO_MAIN_SITE]),
);
