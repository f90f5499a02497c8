import { randomFillSync } from "node:crypto";

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/**
 * UUIDv7 ids like newSortableId, with the random bits drawn from a pooled buffer: one
 * getRandomValues call per id cost more than the insert itself on a million rows.
 */
export function sortableIdSource(): (ms: number) => string {
  const pool = Buffer.alloc(10 * 4096);
  let at = pool.length;
  return (ms) => {
    if (at === pool.length) {
      randomFillSync(pool);
      at = 0;
    }
    let time = "";
    let t = ms;
    for (let i = 0; i < 6; i++) {
      time = (HEX[t % 256] as string) + time;
      t = Math.floor(t / 256);
    }
    const r = pool;
    const o = at;
    at += 10;
    return `${time.slice(0, 8)}-${time.slice(8)}-7${HEX[r[o] as number]?.slice(1)}${HEX[r[o + 1] as number]}-${
      HEX[0x80 | ((r[o + 2] as number) & 0x3f)]
    }${HEX[r[o + 3] as number]}-${HEX[r[o + 4] as number]}${HEX[r[o + 5] as number]}${HEX[r[o + 6] as number]}${
      HEX[r[o + 7] as number]
    }${HEX[r[o + 8] as number]}${HEX[r[o + 9] as number]}`;
  };
}
