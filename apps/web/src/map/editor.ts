import type {
  CustomLaneKind,
  Journey,
  JourneyDetail,
  Lane,
  LaneCell,
  LaneLayout,
  Stage,
  StageWithTouchpoints,
  Touchpoint,
} from "@motmap/core";
import type { QueryClient } from "@tanstack/react-query";
import { useQueryClient } from "@tanstack/react-query";
import { useState, useSyncExternalStore } from "react";
import { ApiError, api, hospitalPath } from "../api/client.ts";
import { keys } from "../api/queries.ts";
import type { Items } from "../api/types.ts";
import { notifyError } from "../lib/errors.tsx";

/** The stage fields the map edits in place. */
export type StagePatch = Partial<Pick<Stage, "name" | "actions" | "thoughts" | "opportunities" | "emotion">>;
export interface CellValue {
  text: string;
  score: number | null;
}
export interface Placement {
  stageId: string;
  index: number;
}

/** One undoable edit: the value before and after, so undo sends the inverse with the current version. */
export type MapCommand =
  | { kind: "stage"; id: string; before: StagePatch; after: StagePatch }
  | { kind: "touchpoint"; id: string; before: { name: string }; after: { name: string } }
  | { kind: "stageOrder"; before: string[]; after: string[] }
  | { kind: "move"; id: string; before: Placement; after: Placement }
  | { kind: "layout"; before: LaneLayout | null; after: LaneLayout | null }
  | { kind: "lane"; id: string; before: { name: string }; after: { name: string } }
  | { kind: "cell"; laneId: string; stageId: string; before: CellValue | null; after: CellValue };

type Side = "before" | "after";
export type SaveStatus = "saved" | "saving" | "conflict" | "error";

/** A 409 waiting for the user: their value is in the cache (refetched), ours in the command. */
export interface PendingConflict {
  command: MapCommand;
  side: Side;
  /** The detail as the server has it now. */
  theirs: JourneyDetail | undefined;
}

export interface EditorState {
  status: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  conflict: PendingConflict | null;
}

type Merge = (d: JourneyDetail) => JourneyDetail;

const mapStages = (d: JourneyDetail, f: (s: StageWithTouchpoints) => StageWithTouchpoints): JourneyDetail => ({
  ...d,
  stages: d.stages.map(f),
});

function findTouchpoint(d: JourneyDetail, id: string): Touchpoint | undefined {
  for (const s of d.stages) {
    const tp = s.touchpoints.find((t) => t.id === id);
    if (tp) return tp;
  }
  return undefined;
}

const mapTouchpoint = (d: JourneyDetail, id: string, f: (tp: Touchpoint) => Touchpoint): JourneyDetail =>
  mapStages(d, (s) =>
    s.touchpoints.some((t) => t.id === id)
      ? { ...s, touchpoints: s.touchpoints.map((t) => (t.id === id ? f(t) : t)) }
      : s,
  );

function pick<T extends object>(source: T, fields: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = (source as Record<string, unknown>)[f];
  return out as Partial<T>;
}

/** Moves a touchpoint in the detail to `to` (index clamped). */
function placeTouchpoint(d: JourneyDetail, id: string, to: Placement): JourneyDetail {
  const tp = findTouchpoint(d, id);
  if (!tp || !d.stages.some((s) => s.id === to.stageId)) return d;
  const moved = { ...tp, stageId: to.stageId };
  return mapStages(d, (s) => {
    const without = s.touchpoints.filter((t) => t.id !== id);
    if (s.id !== to.stageId) return without.length === s.touchpoints.length ? s : { ...s, touchpoints: without };
    const i = Math.max(0, Math.min(to.index, without.length));
    return { ...s, touchpoints: [...without.slice(0, i), moved, ...without.slice(i)] };
  });
}

function orderStages(d: JourneyDetail, ids: readonly string[]): JourneyDetail {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const stages = [...d.stages].sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9));
  return { ...d, stages };
}

/** Stage order to send: the wanted one, minus stages that are gone, plus any it does not know. */
function completeOrder(wanted: readonly string[], current: readonly string[]): string[] {
  const exists = new Set(current);
  const out = wanted.filter((id) => exists.has(id));
  for (const id of current) if (!out.includes(id)) out.push(id);
  return out;
}

/**
 * The map's edit engine: optimistic updates of the journey in the query cache, one save at a
 * time (so each save reads the version the previous one returned), an undo/redo stack of
 * commands, and a conflict that waits for the user instead of dropping either side.
 */
export class MapEditor {
  private past: MapCommand[] = [];
  private future: MapCommand[] = [];
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private failed = false;
  private state: EditorState = { status: "saved", canUndo: false, canRedo: false, conflict: null };
  private listeners = new Set<() => void>();

  constructor(
    private readonly qc: QueryClient,
    readonly hid: string,
    readonly journeyId: string,
  ) {}

  // ---- store plumbing -------------------------------------------------------------------------

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  private emit() {
    const conflict = this.state.conflict;
    const status: SaveStatus = conflict ? "conflict" : this.pending > 0 ? "saving" : this.failed ? "error" : "saved";
    const next: EditorState = {
      status,
      canUndo: this.past.length > 0,
      canRedo: this.future.length > 0,
      conflict,
    };
    if (
      next.status !== this.state.status ||
      next.canUndo !== this.state.canUndo ||
      next.canRedo !== this.state.canRedo ||
      next.conflict !== this.state.conflict
    ) {
      this.state = next;
      for (const l of this.listeners) l();
    }
  }

  private get key() {
    return keys.journey(this.hid, this.journeyId);
  }

  private path(rest: string) {
    return hospitalPath(this.hid, rest);
  }

  detail(): JourneyDetail | undefined {
    return this.qc.getQueryData<JourneyDetail>(this.key);
  }

  private update(f: Merge) {
    this.qc.setQueryData<JourneyDetail>(this.key, (old) => (old ? f(old) : old));
  }

  // ---- public edits (each one undoable) -------------------------------------------------------

  editStage = (id: string, patch: StagePatch) => {
    const s = this.detail()?.stages.find((x) => x.id === id);
    if (!s) return;
    const fields = Object.keys(patch);
    const before = pick(s, fields) as StagePatch;
    if (JSON.stringify(before) === JSON.stringify(pick(patch, fields))) return;
    this.execute({ kind: "stage", id, before, after: patch });
  };

  renameTouchpoint = (id: string, name: string) => {
    const d = this.detail();
    const tp = d ? findTouchpoint(d, id) : undefined;
    const trimmed = name.trim();
    if (!tp || !trimmed || tp.name === trimmed) return;
    this.execute({ kind: "touchpoint", id, before: { name: tp.name }, after: { name: trimmed } });
  };

  reorderStages = (ids: string[]) => {
    const d = this.detail();
    if (!d) return;
    const before = d.stages.map((s) => s.id);
    if (before.join() === ids.join()) return;
    this.execute({ kind: "stageOrder", before, after: ids });
  };

  moveTouchpoint = (id: string, to: Placement) => {
    const d = this.detail();
    const tp = d ? findTouchpoint(d, id) : undefined;
    const stage = d?.stages.find((s) => s.id === tp?.stageId);
    if (!tp || !stage) return;
    const before = { stageId: stage.id, index: stage.touchpoints.findIndex((t) => t.id === id) };
    if (before.stageId === to.stageId && before.index === to.index) return;
    this.execute({ kind: "move", id, before, after: to });
  };

  setLayout = (layout: LaneLayout) => {
    const d = this.detail();
    if (!d) return;
    this.execute({ kind: "layout", before: d.laneLayout, after: layout });
  };

  renameLane = (id: string, name: string) => {
    const lane = this.detail()?.lanes.find((l) => l.id === id);
    const trimmed = name.trim();
    if (!lane || !trimmed || lane.name === trimmed) return;
    this.execute({ kind: "lane", id, before: { name: lane.name }, after: { name: trimmed } });
  };

  setCell = (laneId: string, stageId: string, value: Partial<CellValue>) => {
    const cell = this.detail()?.cells.find((c) => c.laneId === laneId && c.stageId === stageId);
    const before = cell ? { text: cell.text, score: cell.score } : null;
    const after = { text: before?.text ?? "", score: before?.score ?? null, ...value };
    if (before && before.text === after.text && before.score === after.score) return;
    if (!before && after.text === "" && after.score === null) return;
    this.execute({ kind: "cell", laneId, stageId, before, after });
  };

  /** Lanes are created and deleted outright (not on the undo stack). */
  addLane = (kind: CustomLaneKind, name: string) =>
    this.enqueue(async () => {
      const lane = await api.post<Lane>(this.path(`/journeys/${this.journeyId}/lanes`), { kind, name: name.trim() });
      this.update((d) => (d.lanes.some((l) => l.id === lane.id) ? d : { ...d, lanes: [...d.lanes, lane] }));
    });

  deleteLane = (id: string) => {
    this.update((d) => ({
      ...d,
      lanes: d.lanes.filter((l) => l.id !== id),
      cells: d.cells.filter((c) => c.laneId !== id),
    }));
    const touches = (c: MapCommand) => (c.kind === "lane" && c.id === id) || (c.kind === "cell" && c.laneId === id);
    this.past = this.past.filter((c) => !touches(c));
    this.future = this.future.filter((c) => !touches(c));
    return this.enqueue(async () => {
      await api.delete(this.path(`/lanes/${id}`));
    });
  };

  undo = () => {
    const cmd = this.past.pop();
    if (!cmd) return;
    this.future.push(cmd);
    this.run(cmd, "before");
  };

  redo = () => {
    const cmd = this.future.pop();
    if (!cmd) return;
    this.past.push(cmd);
    this.run(cmd, "after");
  };

  /** Conflict: send mine again on top of their version. */
  applyMine = () => {
    const c = this.state.conflict;
    if (!c) return;
    this.state = { ...this.state, conflict: null };
    this.run(c.command, c.side);
  };

  /** Conflict: keep what the server has; my edit leaves the history. */
  keepTheirs = () => {
    const c = this.state.conflict;
    if (!c) return;
    this.past = this.past.filter((x) => x !== c.command);
    this.future = this.future.filter((x) => x !== c.command);
    this.state = { ...this.state, conflict: null };
    this.emit();
  };

  /** Resolves when every queued save has been answered. */
  settled(): Promise<void> {
    return this.queue;
  }

  // ---- engine ---------------------------------------------------------------------------------

  private execute(cmd: MapCommand) {
    this.past.push(cmd);
    this.future = [];
    this.run(cmd, "after");
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.pending += 1;
    this.emit();
    const p = this.queue.then(async () => {
      try {
        await task();
        this.failed = false;
        void this.qc.invalidateQueries({ queryKey: keys.journeys(this.hid) });
        void this.qc.invalidateQueries({ queryKey: keys.audit(this.hid) });
      } catch (e) {
        await this.onError(e);
      } finally {
        this.pending -= 1;
        this.emit();
      }
    });
    this.queue = p;
    return p;
  }

  private run(cmd: MapCommand, side: Side) {
    const prev = this.detail();
    if (!prev) return;
    this.update((d) => this.optimistic(d, cmd, side));
    void this.enqueue(async () => {
      try {
        await this.send(prev, cmd, side);
      } catch (e) {
        if (e instanceof ApiError && e.code === "version_conflict") {
          await this.refetch();
          this.state = { ...this.state, conflict: { command: cmd, side, theirs: this.detail() } };
          return;
        }
        throw e;
      }
    });
  }

  private async onError(e: unknown) {
    this.failed = true;
    notifyError(e);
    await this.refetch();
  }

  private async refetch() {
    await this.qc.refetchQueries({ queryKey: this.key, exact: true });
  }

  private optimistic(d: JourneyDetail, cmd: MapCommand, side: Side): JourneyDetail {
    switch (cmd.kind) {
      case "stage": {
        const patch = cmd[side];
        return mapStages(d, (s) => (s.id === cmd.id ? { ...s, ...patch } : s));
      }
      case "touchpoint":
        return mapTouchpoint(d, cmd.id, (tp) => ({ ...tp, ...cmd[side] }));
      case "stageOrder":
        return orderStages(d, cmd[side]);
      case "move":
        return placeTouchpoint(d, cmd.id, cmd[side]);
      case "layout":
        return { ...d, laneLayout: cmd[side] };
      case "lane":
        return { ...d, lanes: d.lanes.map((l) => (l.id === cmd.id ? { ...l, ...cmd[side] } : l)) };
      case "cell": {
        const value = cmd[side] ?? { text: "", score: null };
        const i = d.cells.findIndex((c) => c.laneId === cmd.laneId && c.stageId === cmd.stageId);
        if (i >= 0) return { ...d, cells: d.cells.map((c, j) => (j === i ? { ...c, ...value } : c)) };
        // Version 0: not on the server yet (the save creates it).
        const cell: LaneCell = {
          laneId: cmd.laneId,
          stageId: cmd.stageId,
          ...value,
          version: 0 as never,
          updatedAt: "",
        };
        return { ...d, cells: [...d.cells, cell] };
      }
    }
  }

  /** Sends one side of a command, reading versions from the cache at send time. */
  private async send(prev: JourneyDetail, cmd: MapCommand, side: Side): Promise<void> {
    const now = this.detail() ?? prev;
    switch (cmd.kind) {
      case "stage": {
        const patch = cmd[side];
        const version = now.stages.find((s) => s.id === cmd.id)?.version;
        if (version === undefined) return;
        const saved = await api.patch<Stage>(this.path(`/stages/${cmd.id}`), { version, ...patch });
        const fields = ["version", "updatedAt", ...Object.keys(patch)];
        this.update((d) => mapStages(d, (s) => (s.id === cmd.id ? { ...s, ...pick(saved, fields) } : s)));
        return;
      }
      case "touchpoint": {
        const version = findTouchpoint(now, cmd.id)?.version;
        if (version === undefined) return;
        const saved = await api.patch<Touchpoint>(this.path(`/touchpoints/${cmd.id}`), { version, ...cmd[side] });
        this.update((d) =>
          mapTouchpoint(d, cmd.id, (tp) => ({ ...tp, ...pick(saved, ["version", "updatedAt", "name"]) })),
        );
        return;
      }
      case "stageOrder": {
        const ids = completeOrder(
          cmd[side],
          now.stages.map((s) => s.id),
        );
        const res = await api.post<Items<Stage>>(this.path(`/journeys/${this.journeyId}/stages/reorder`), { ids });
        this.mergeVersions(res.items);
        return;
      }
      case "move": {
        const to = cmd[side];
        const fromStage = findTouchpoint(prev, cmd.id)?.stageId;
        if (fromStage !== to.stageId) {
          const version = findTouchpoint(now, cmd.id)?.version;
          if (version === undefined) return;
          const saved = await api.patch<Touchpoint>(this.path(`/touchpoints/${cmd.id}`), {
            version,
            stageId: to.stageId,
          });
          this.update((d) => mapTouchpoint(d, cmd.id, (tp) => ({ ...tp, version: saved.version })));
        }
        const ids = (this.detail() ?? now).stages.find((s) => s.id === to.stageId)?.touchpoints.map((t) => t.id);
        if (!ids || ids.length === 0) return;
        const res = await api.post<Items<Touchpoint>>(this.path(`/stages/${to.stageId}/touchpoints/reorder`), { ids });
        this.mergeVersions(res.items);
        return;
      }
      case "layout": {
        const saved = await api.patch<Journey>(this.path(`/journeys/${this.journeyId}`), {
          version: now.version,
          laneLayout: cmd[side],
        });
        this.update((d) => ({
          ...d,
          version: saved.version,
          updatedAt: saved.updatedAt,
          laneLayout: saved.laneLayout,
        }));
        return;
      }
      case "lane": {
        const version = now.lanes.find((l) => l.id === cmd.id)?.version;
        if (version === undefined) return;
        const saved = await api.patch<Lane>(this.path(`/lanes/${cmd.id}`), { version, ...cmd[side] });
        this.update((d) => ({ ...d, lanes: d.lanes.map((l) => (l.id === cmd.id ? { ...l, ...saved } : l)) }));
        return;
      }
      case "cell": {
        const value = cmd[side] ?? { text: "", score: null };
        const cell = now.cells.find((c) => c.laneId === cmd.laneId && c.stageId === cmd.stageId);
        const version = cell && cell.version > 0 ? cell.version : undefined;
        const saved = await api.put<LaneCell>(this.path(`/lanes/${cmd.laneId}/cells/${cmd.stageId}`), {
          ...(version === undefined ? {} : { version }),
          ...value,
        });
        this.update((d) => ({
          ...d,
          cells: d.cells.map((c) =>
            c.laneId === cmd.laneId && c.stageId === cmd.stageId
              ? { ...c, version: saved.version, updatedAt: saved.updatedAt }
              : c,
          ),
        }));
        return;
      }
    }
  }

  private mergeVersions(items: readonly { id: string; version: number; position: number }[]) {
    const byId = new Map(items.map((i) => [i.id, i]));
    this.update((d) =>
      mapStages(d, (s) => {
        const own = byId.get(s.id);
        const touched = s.touchpoints.some((t) => byId.has(t.id));
        if (!own && !touched) return s;
        return {
          ...s,
          ...(own ? { version: own.version, position: own.position } : {}),
          touchpoints: touched
            ? s.touchpoints.map((t) => {
                const x = byId.get(t.id);
                return x ? { ...t, version: x.version, position: x.position } : t;
              })
            : s.touchpoints,
        };
      }),
    );
  }
}

/** The page's editor: one per journey, stable across renders. */
export function useMapEditor(hid: string, journeyId: string) {
  const qc = useQueryClient();
  const [editor, setEditor] = useState(() => new MapEditor(qc, hid, journeyId));
  if (editor.hid !== hid || editor.journeyId !== journeyId) setEditor(new MapEditor(qc, hid, journeyId));
  const state = useSyncExternalStore(editor.subscribe, editor.getState);
  return { editor, state };
}
