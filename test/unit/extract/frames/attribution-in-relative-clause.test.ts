/**
 * A reporting verb inside a relative clause ("a levy that traders say hurt shops") attributes only
 * what that clause tells after it, not the whole sentence. Sentences written for this test; the
 * sources expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a source inside a relative clause says only what follows it there", () => {
  it.each([
    // the main clause's happening is the writer's
    ["A levy that many traders say hurt small shops was struck down on 10 March 2010.", "10 March 2010", null],
    ["The council on 4 May 2010 passed a plan which residents said would cost $30 million.", "4 May 2010", null],
    ["A toll that drivers insist cost them $2 million was scrapped on 6 June 2011.", "6 June 2011", null],
    // a figure inside the clause, after its verb, is the source's
    ["The council on 4 May 2010 passed a plan which residents said would cost $30 million.", "$30 million", "residents"],
    ["A toll that drivers insist cost them $2 million was scrapped on 6 June 2011.", "$2 million", "drivers"],
    // a source of the main clause still speaks for the sentence
    ["A levy that many traders say hurt small shops was struck down on 10 March 2010, officials said.", "10 March 2010", "officials"],
  ])("%s → %s: %s", (sentence, value, source) => {
    expect(frame(sentence, value).attribution).toBe(source);
  });
});

describe("a source outside a relative clause keeps the whole sentence", () => {
  it.each([
    ["Police said the council passed the plan on 4 May 2010.", "4 May 2010", "police"],
    ["The plan, which cost $30 million, was passed on 4 May 2010, officials said.", "4 May 2010", "officials"],
    ["Residents said the plan would cost $30 million.", "$30 million", "residents"],
  ])("%s → %s: %s", (sentence, value, source) => {
    expect(frame(sentence, value).attribution).toBe(source);
  });
});
