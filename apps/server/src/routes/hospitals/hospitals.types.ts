import { Hospital, UpdateHospitalInput } from "@motmap/core";

export const HospitalResponse = Hospital;
export const UpdateHospitalBody = UpdateHospitalInput;
