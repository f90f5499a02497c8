import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../api/client.ts";
import { notifySuccess, notifyUnlessValidation } from "./errors.tsx";

interface CollectionSaveOptions<TDraft> {
  hospitalId: string;
  /** Collection path under the hospital, e.g. "/sites". */
  path: `/${string}`;
  queryKey: QueryKey;
  /** The record being edited (PATCH with its version), or null to create (POST). */
  editing: { id: string; version: number } | null;
  toBody: (draft: TDraft) => Record<string, unknown>;
  onClose: () => void;
}

/**
 * The create-or-edit save of a record in a hospital collection (departments, personas, sites):
 * POST or versioned PATCH, a success notice, a refreshed list, and on a version conflict the
 * shared notice whose reload closes the modal. Validation errors stay on the mutation for the form.
 */
export function useCollectionSave<TDraft, TRecord>(o: CollectionSaveOptions<TDraft>) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (draft: TDraft) => {
      const body = o.toBody(draft);
      return o.editing
        ? api.patch<TRecord>(hospitalPath(o.hospitalId, `${o.path}/${o.editing.id}`), {
            ...body,
            version: o.editing.version,
          })
        : api.post<TRecord>(hospitalPath(o.hospitalId, o.path), body);
    },
    onSuccess: async () => {
      notifySuccess(o.editing ? t("common.saved") : t("common.created"));
      await qc.invalidateQueries({ queryKey: o.queryKey });
      save.reset();
      o.onClose();
    },
    onError: (e) =>
      notifyUnlessValidation(e, {
        onReload: () => {
          void qc.invalidateQueries({ queryKey: o.queryKey });
          save.reset();
          o.onClose();
        },
      }),
  });
  return save;
}
