/** FHIR 설문지(Questionnaire) 내보내기·가져오기. */
export const fhirKo = {
  fhir: {
    export: "FHIR Questionnaire 내보내기",
    exportHint: "HL7 FHIR R4 Questionnaire(JSON)로 내려받습니다. 다른 병원·EMR·설문 도구에서 열 수 있습니다.",
    import: "FHIR 가져오기",
    importHint: "FHIR R4 Questionnaire JSON 파일로 새 설문 초안을 만듭니다.",
    importing: "가져오는 중…",
    imported: "“{{title}}” 설문 초안을 만들었습니다 (문항 {{count}}개).",
    importedWithWarnings: "다르게 가져온 문항이 {{count}}개 있습니다. 확인해 주세요.",
    errorTitle: "이 파일은 가져올 수 없습니다",
    notJson: "JSON 파일이 아닙니다.",
    tooLarge: "파일이 5 MB보다 큽니다.",
    importResponses: "FHIR 응답 가져오기",
    responsesImported: "FHIR 응답 {{created}}건을 저장했습니다 (이미 있던 응답 {{duplicates}}건은 건너뜀).",
    responsesErrorTitle: "이 FHIR 응답 파일은 가져올 수 없습니다",
    nothingWritten: "아무것도 저장되지 않았습니다. 아래 항목을 고친 뒤 다시 가져오세요.",
    close: "닫기",
  },
};
