import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  maskEmail,
  maskName,
  maskPersonalData,
  maskPhone,
  PERSONAL_DATA_TOKENS,
  type PersonalDataKind,
} from "../src/index.ts";

const mask = (text: string) => maskPersonalData(text).text;
const T = PERSONAL_DATA_TOKENS;

describe("maskPersonalData: resident and foreigner registration numbers", () => {
  it.each([
    ["주민번호 900101-1234567 적어냈는데", `주민번호 ${T.rrn} 적어냈는데`],
    ["접수할 때 9001011234567 불러줬어요", `접수할 때 ${T.rrn} 불러줬어요`],
    ["생년월일 말고 900101 1234567 전체를 요구함", `생년월일 말고 ${T.rrn} 전체를 요구함`],
    ["서류에 900101.2234567 로 적음", `서류에 ${T.rrn} 로 적음`],
    ["외국인등록번호 850315-5123456 입니다", `외국인등록번호 ${T.rrn} 입니다`],
    ["2000년생 아이 010203-3123456 보호자", `2000년생 아이 ${T.rrn} 보호자`],
    ["앞자리만 보이게 900101-1****** 로 출력돼요", `앞자리만 보이게 ${T.rrn} 로 출력돼요`],
    ["엄마 번호(651120-2******)가 영수증에", `엄마 번호(${T.rrn})가 영수증에`],
    ["전각으로 ９００１０１－１２３４５６７ 입력", `전각으로 ${T.rrn} 입력`],
  ])("%s", (input, expected) => {
    const r = maskPersonalData(input);
    expect(r.text).toBe(expected);
    expect(r.found).toEqual([{ kind: "rrn", count: 1 }]);
  });

  it("leaves numbers that are not registration numbers", () => {
    // Back part starts with 0 or 9; month 13; 2024-prefixed order number; too short; part of a longer run.
    for (const text of [
      "900101-0234567",
      "900101-9234567",
      "901301-1234567",
      "주문번호 2024061312345",
      "900101-123456",
      "1900101-1234567",
      "900101-12345678",
      "900101-1234567-8",
    ]) {
      expect(maskPersonalData(text)).toEqual({ text, found: [] });
    }
  });
});

describe("maskPersonalData: phone numbers", () => {
  it.each([
    ["제 번호 010-1234-5678로 연락 주세요", `제 번호 ${T.phone}로 연락 주세요`],
    ["원무과 02-2072-1234", `원무과 ${T.phone}`],
    ["+82 10 9876 5432", T.phone],
    ["해외에서 +82-10-9876-5432 로 걸었어요", `해외에서 ${T.phone} 로 걸었어요`],
    ["+821098765432 번호로 문자 주세요", `${T.phone} 번호로 문자 주세요`],
    ["+82 (0)2 2072 1234 대표번호", `${T.phone} 대표번호`],
    ["01012345678 보호자 번호", `${T.phone} 보호자 번호`],
    ["010 1234 5678 이 제 번호예요", `${T.phone} 이 제 번호예요`],
    ["010.1234.5678", T.phone],
    ["(010)1234-5678 아들", `${T.phone} 아들`],
    ["(02) 2072-1234 로 전화했더니", `${T.phone} 로 전화했더니`],
    ["02)2072-1234 안내데스크", `${T.phone} 안내데스크`],
    ["011-234-5678 예전 번호", `${T.phone} 예전 번호`],
    ["031-123-4567 분당 지점", `${T.phone} 분당 지점`],
    ["064-720-1234 제주", `${T.phone} 제주`],
    ["인터넷전화 070-1234-5678", `인터넷전화 ${T.phone}`],
    ["콜센터 1588-1234번으로 했는데 안 받아요", `콜센터 ${T.phone}번으로 했는데 안 받아요`],
    ["1644 5678 예약센터", `${T.phone} 예약센터`],
    ["번호는 ０１０－９８７６－５４３２ 입니다", `번호는 ${T.phone} 입니다`],
    ["연락처:010-1234-5678.", `연락처:${T.phone}.`],
    ["010 - 1234 - 5678 로 주세요", `${T.phone} 로 주세요`],
  ])("%s", (input, expected) => {
    const r = maskPersonalData(input);
    expect(r.text).toBe(expected);
    expect(r.found).toEqual([{ kind: "phone", count: 1 }]);
  });

  it("counts several numbers in one complaint", () => {
    const r = maskPersonalData("제 번호 010-1111-2222, 남편 010-3333-4444, 병동 02-2072-5555 모두 불통");
    expect(r.text).toBe(`제 번호 ${T.phone}, 남편 ${T.phone}, 병동 ${T.phone} 모두 불통`);
    expect(r.found).toEqual([{ kind: "phone", count: 3 }]);
  });

  it("never masks part of a longer digit run", () => {
    for (const text of ["010123456789", "1010-1234-5678", "010-1234-56789", "010-1234-5678-9", "9-02-2072-1234"]) {
      expect(maskPersonalData(text)).toEqual({ text, found: [] });
    }
  });
});

describe("maskPersonalData: emails", () => {
  it.each([
    ["kim.minsu@naver.com 으로 결과지 보내주세요", `${T.email} 으로 결과지 보내주세요`],
    ["메일(lee_91@hanmail.net)로 보냈어요", `메일(${T.email})로 보냈어요`],
    ["park+voc@hospital.co.kr로 회신 부탁", `${T.email}로 회신 부탁`],
    ["주소는 ｃｈｏｉ＠ｇｍａｉｌ．ｃｏｍ 입니다", `주소는 ${T.email} 입니다`],
    ["01012345678@naver.com 아이디", `${T.email} 아이디`],
  ])("%s", (input, expected) => {
    const r = maskPersonalData(input);
    expect(r.text).toBe(expected);
    expect(r.found).toEqual([{ kind: "email", count: 1 }]);
  });

  it("leaves @ that is not an address", () => {
    for (const text of ["@원무과 답변 부탁", "간호사@3병동 친절", "kim@localhost", "a@b.c"]) {
      expect(maskPersonalData(text)).toEqual({ text, found: [] });
    }
  });
});

describe("maskPersonalData: card numbers", () => {
  it.each([
    ["카드 4111 1111 1111 1111 로 결제했는데 두 번 빠짐", `카드 ${T.card} 로 결제했는데 두 번 빠짐`],
    ["5500-0000-0000-0004 승인 취소 요청", `${T.card} 승인 취소 요청`],
    ["아멕스 3782 822463 10005", `아멕스 ${T.card}`],
    ["4012888888881881 결제 오류", `${T.card} 결제 오류`],
    ["카드 4111 1111 1111 1111 3개월 할부", `카드 ${T.card} 3개월 할부`],
  ])("%s", (input, expected) => {
    const r = maskPersonalData(input);
    expect(r.text).toBe(expected);
    expect(r.found).toEqual([{ kind: "card", count: 1 }]);
  });

  it("leaves card-shaped numbers that fail the Luhn check", () => {
    for (const text of ["4111 1111 1111 1112", "5500-0000-0000-0005", "4012888888881882"]) {
      expect(maskPersonalData(text)).toEqual({ text, found: [] });
    }
  });
});

describe("maskPersonalData: items next to each other", () => {
  it.each([
    ["010-1234-5678/010-2222-3333", `${T.phone}/${T.phone}`],
    ["kim@naver.com,lee@daum.net", `${T.email},${T.email}`],
    ["900101-1234567,010-1234-5678", `${T.rrn},${T.phone}`],
    ["900101-1******010-1234-5678", `${T.rrn}${T.phone}`],
    ["4111-1111-1111-1111(010-1234-5678)", `${T.card}(${T.phone})`],
  ])("%s", (input, expected) => {
    expect(mask(input)).toBe(expected);
    expect(mask(expected)).toBe(expected);
  });

  it("reads a card that begins like a 15xx/16xx service number as a card", () => {
    expect(maskPersonalData("1588 1234 5678 9013 로 결제")).toEqual({
      text: `${T.card} 로 결제`,
      found: [{ kind: "card", count: 1 }],
    });
    expect(mask("1644-1234-5678-9015")).toBe(T.card);
  });
});

describe("maskPersonalData: ordinary numbers in hospital feedback stay", () => {
  it.each([
    "2024-06-13에 외래 진료를 받았습니다",
    "2024.06.13 오전 10:20 예약이었는데 11:40에 들어갔어요",
    "2024/06/13 14시 30분",
    "24.06.13 검사",
    "수납 금액이 35,000원인데 1,234,567원이 청구됐어요",
    "진료비 1500-2000원 차이",
    "1800-1900년대 건물 같아요",
    "주차비 15000000원은 말이 안 됨",
    "대기 시간이 40분, 검사까지 2시간 걸렸습니다",
    "304호 병실 에어컨이 고장났어요",
    "7병동 12번 침대 환자 보호자입니다",
    "대기 환자가 120명이 넘었어요",
    "영수증 번호 20240613-00123 확인 부탁드립니다",
    "접수번호 A-123456, 대기번호 57번",
    "혈압 120/80, 체온 36.5도, 체중 72.3kg",
    "내선 1234번으로 돌려준다더니 끊김",
    "3층 15번 창구 직원 불친절",
    "1,588명이 설문에 참여",
    "처방전 2장, 약 30일분",
  ])("%s", (text) => {
    expect(maskPersonalData(text)).toEqual({ text, found: [] });
  });

  it("keeps the ordinary numbers around personal data", () => {
    const r = maskPersonalData("6/13 10:20 예약, 40분 대기 후 304호로 안내. 보호자 010-1234-5678, 수납 35,000원");
    expect(r.text).toBe(`6/13 10:20 예약, 40분 대기 후 304호로 안내. 보호자 ${T.phone}, 수납 35,000원`);
  });
});

describe("maskPersonalData: mixed", () => {
  it("masks every kind in one text and reports counts in a fixed order", () => {
    const r = maskPersonalData(
      "환자 900101-1234567, 연락처 010-1234-5678 / 02-2072-1234, 메일 kim@hanbit.kr, 카드 4111-1111-1111-1111",
    );
    expect(r.text).toBe(`환자 ${T.rrn}, 연락처 ${T.phone} / ${T.phone}, 메일 ${T.email}, 카드 ${T.card}`);
    expect(r.found).toEqual([
      { kind: "rrn", count: 1 },
      { kind: "phone", count: 2 },
      { kind: "email", count: 1 },
      { kind: "card", count: 1 },
    ]);
  });

  it("keeps full-width digits outside personal data as written", () => {
    expect(mask("２층 ０１０-１２３４-５６７８")).toBe(`２층 ${T.phone}`);
  });
});

// ---------- properties ----------

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(""));
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const maybeFullWidth = (s: string) => fc.boolean().map((fw) => (fw ? fullWidth(s) : s));

const rrn = fc
  .record({
    yy: digits(2),
    mm: fc.integer({ min: 1, max: 12 }),
    dd: fc.integer({ min: 1, max: 31 }),
    sep: fc.constantFrom("-", " ", ".", "", " - "),
    gender: fc.integer({ min: 1, max: 8 }),
    rest: fc.oneof(digits(6), fc.constant("******")),
  })
  .map(
    ({ yy, mm, dd, sep, gender, rest }) =>
      `${yy}${String(mm).padStart(2, "0")}${String(dd).padStart(2, "0")}${sep}${gender}${rest}`,
  )
  .chain(maybeFullWidth);

const AREAS = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061"];
const MOBILES = ["010", "011", "016", "017", "018", "019"];
// Service numbers (15xx) are left out: followed by a unit ("원") they are deliberately not masked.
const phone = fc
  .record({
    area: fc.constantFrom(...AREAS, "062", "063", "064", "070", ...MOBILES),
    middle: fc.oneof(digits(3), digits(4)),
    last: digits(4),
    sep: fc.constantFrom("-", " ", ".", "", " - "),
    style: fc.constantFrom("plain", "parens", "intl"),
  })
  .map(({ area, middle, last, sep, style }) => {
    if (style === "parens") return `(${area})${sep}${middle}${sep}${last}`;
    if (style === "intl") return `+82${sep || " "}${area.slice(1)}${sep}${middle}${sep}${last}`;
    return `${area}${sep}${middle}${sep}${last}`;
  })
  .chain(maybeFullWidth);

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/);
const email = fc
  .record({
    local: fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,12}[a-z0-9]$/),
    labels: fc.array(label, { minLength: 1, maxLength: 2 }),
    tld: fc.constantFrom("com", "net", "kr", "co.kr", "ac.kr", "org"),
  })
  .map(({ local, labels, tld }) => `${local}@${labels.join(".")}.${tld}`);

function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
const card = fc.oneof(
  fc.record({ body: digits(15), sep: fc.constantFrom("-", " ", "") }).map(({ body, sep }) => {
    const n = body + luhnCheckDigit(body);
    return [n.slice(0, 4), n.slice(4, 8), n.slice(8, 12), n.slice(12)].join(sep);
  }),
  fc.record({ body: digits(14), sep: fc.constantFrom("-", " ") }).map(({ body, sep }) => {
    const n = body + luhnCheckDigit(body);
    return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  }),
);

const item = fc.oneof(
  rrn.map((value) => ({ kind: "rrn" as const, value })),
  phone.map((value) => ({ kind: "phone" as const, value })),
  email.map((value) => ({ kind: "email" as const, value })),
  card.map((value) => ({ kind: "card" as const, value })),
);

// Korean and Latin prose with punctuation, full-width letters and odd spaces; no digits, "@" or "*".
const proseChar = fc.oneof(
  fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(..."abcXYZ .,!?~()-_'\"/:;\u00a0\u3000\u2013ＡＢｃ－".split("")),
);
const prose = fc.array(proseChar, { maxLength: 12 }).map((cs) => cs.join(""));
// Between two items a space keeps them apart, as in real text (glued together they read as one run).
const gap = fc.tuple(prose, prose).map(([a, b]) => `${a} ${b}`);

const textWithItems = (items: fc.Arbitrary<{ kind: PersonalDataKind; value: string }>) =>
  fc.record({
    before: prose,
    after: prose,
    items: fc.array(items, { minLength: 1, maxLength: 5 }),
    gaps: fc.array(gap, { minLength: 5, maxLength: 5 }),
  });

const join = (before: string, values: string[], gaps: string[], after: string) =>
  before + values.map((v, i) => (i === 0 ? v : (gaps[i] ?? " ") + v)).join("") + after;

describe("maskPersonalData: properties", () => {
  it("(1) no digit or address of an embedded item survives", () => {
    fc.assert(
      fc.property(textWithItems(item), ({ before, after, items, gaps }) => {
        const out = mask(
          join(
            before,
            items.map((i) => i.value),
            gaps,
            after,
          ),
        );
        expect(out).not.toMatch(/[0-9０-９@＠]/);
        for (const i of items) expect(out).not.toContain(i.value);
      }),
    );
  });

  it("(1b) numbers are replaced by exactly their token and the prose around them is kept", () => {
    const numberItem = fc.oneof(
      rrn.map((value) => ({ kind: "rrn" as const, value })),
      phone.map((value) => ({ kind: "phone" as const, value })),
      card.map((value) => ({ kind: "card" as const, value })),
    );
    fc.assert(
      fc.property(textWithItems(numberItem), ({ before, after, items, gaps }) => {
        const input = join(
          before,
          items.map((i) => i.value),
          gaps,
          after,
        );
        const expected = join(
          before,
          items.map((i) => T[i.kind]),
          gaps,
          after,
        );
        expect(mask(input)).toBe(expected);
      }),
    );
  });

  it("(2) masking is idempotent, also on digit-heavy noise", () => {
    const noise = fc.array(fc.constantFrom(..."0123456789０１-. ()+*@abc가나원호".split("")), { maxLength: 40 });
    const text = fc.oneof(
      noise.map((cs) => cs.join("")),
      fc
        .tuple(noise, item, noise, item, noise)
        .map(([a, x, b, y, c]) => a.join("") + x.value + b.join("") + y.value + c.join("")),
      textWithItems(item).map(({ before, after, items, gaps }) =>
        join(
          before,
          items.map((i) => i.value),
          gaps,
          after,
        ),
      ),
    );
    fc.assert(
      fc.property(text, (t) => {
        const once = mask(t);
        expect(mask(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("(3) text with no digits and no @ is returned unchanged", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.array(proseChar, { maxLength: 60 }).map((cs) => cs.join("")),
    );
    fc.assert(
      fc.property(
        anyText.filter((t) => !/[0-9０-９@＠]/.test(t)),
        (t) => {
          expect(maskPersonalData(t)).toEqual({ text: t, found: [] });
        },
      ),
    );
  });

  it("(4) found counts equal the number of inserted items of each kind", () => {
    fc.assert(
      fc.property(textWithItems(item), ({ before, after, items, gaps }) => {
        const { found } = maskPersonalData(
          join(
            before,
            items.map((i) => i.value),
            gaps,
            after,
          ),
        );
        const expected = (["rrn", "phone", "email", "card"] as const).flatMap((kind) => {
          const count = items.filter((i) => i.kind === kind).length;
          return count === 0 ? [] : [{ kind, count }];
        });
        expect(found).toEqual(expected);
      }),
    );
  });
});

describe("maskName", () => {
  it.each([
    ["홍길동", "홍*동"],
    ["김철", "김*"],
    ["남궁민수", "남**수"],
    ["선우용녀", "선**녀"],
    ["이", "*"],
    ["John Smith", "J*** S****"],
    ["Mary-Jane O'Neil", "M***-**** O'****"],
    ["  박지성  ", "박*성"],
  ])("%s → %s", (name, expected) => {
    expect(maskName(name)).toBe(expected);
  });

  it("keeps the length and the first character of every name", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)),
          {
            minLength: 2,
            maxLength: 6,
          },
        ),
        (syllables) => {
          const name = syllables.join("");
          const masked = maskName(name);
          expect(masked).toHaveLength(name.length);
          expect(masked[0]).toBe(name[0]);
          expect(masked).toContain("*");
          if (name.length >= 3) expect(masked.slice(1, -1)).toBe("*".repeat(name.length - 2));
        },
      ),
    );
  });
});

describe("maskPhone", () => {
  it.each([
    ["010-1234-5678", "010-****-5678"],
    ["01012345678", "010****5678"],
    ["011-234-5678", "011-***-5678"],
    ["02-2072-1234", "02-****-1234"],
    ["031 123 4567", "031 *** 4567"],
    ["+82 10-9876-5432", "+82 10-****-5432"],
    ["+82 2 2072 1234", "+82 2 **** 1234"],
    ["1588-1234", "1588-****"],
    ["12345678", "****5678"],
  ])("%s → %s", (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });
});

describe("maskEmail", () => {
  it.each([
    ["kim@hanbit.kr", "k**@hanbit.kr"],
    ["kim.minsu@naver.com", "k********@naver.com"],
    ["a@b.kr", "*@b.kr"],
    ["not-an-email", "n***********"],
  ])("%s → %s", (input, expected) => {
    expect(maskEmail(input)).toBe(expected);
  });
});
