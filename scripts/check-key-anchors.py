#!/usr/bin/env python3
"""Check that an answer key is well formed before it is used to score anything.

Usage (from the project root):
  python3 scripts/check-key-anchors.py fixtures/news-keys/key-*.json

For each key: every claim and noise anchor must occur in its document exactly once (or at least
`nth` times when the key names an occurrence); every value must be a date, a range or a quantity with the
fields the checker reads; every relation must name two known claims from different documents and
say what it expects (`verdict` and/or `not`). Anchors are read from the folders in the key's
`paths` (relative to the current directory), documents matched by exact file name.
Prints one line per problem and a summary line per key; exit status 1 when any key has a problem.
This script never runs relcheck: it checks the key, not the program.
"""
import json, os, sys
from collections import Counter

VERDICTS = {'agree', 'diverge', 'contradict'}


def load_docs(paths):
    docs = {}
    for p in paths:
        for name in sorted(os.listdir(p)):
            full = os.path.join(p, name)
            if os.path.isfile(full):
                docs[name] = open(full, encoding='utf-8-sig', errors='replace').read()
    return docs


def check_anchor(docs, spec, what, problems):
    text = docs.get(spec.get('doc'))
    if text is None:
        problems.append(f'{what}: no document named {spec.get("doc")!r}')
        return
    anchor = spec.get('anchor', '')
    if not anchor:
        problems.append(f'{what}: empty anchor')
        return
    n = text.count(anchor)
    nth = spec.get('nth')
    if nth is None and n != 1:
        problems.append(f'{what}: anchor {anchor!r} occurs {n} times in {spec["doc"]}')
    elif nth is not None and n < nth:
        problems.append(f'{what}: anchor {anchor!r} occurs {n} times in {spec["doc"]}, nth={nth}')


def check_value(value, what, problems):
    if value is None:
        return
    t = value.get('type')
    if t in ('date', 'range'):  # a range ("from 3 May to 9 June") is a span of days, start to end
        for k in ('start', 'end'):
            if k in value and not (isinstance(value[k], str) and len(value[k]) == 10):
                problems.append(f'{what}: date {k} {value[k]!r} is not YYYY-MM-DD')
        if ('start' in value) != ('end' in value):
            problems.append(f'{what}: a date needs both start and end, or neither')
        if value.get('start', '') > value.get('end', ''):
            problems.append(f'{what}: date start after end')
    elif t == 'quantity':
        for k, v in value.items():
            if k != 'type' and k not in ('nominal', 'min', 'max'):
                problems.append(f'{what}: unexpected quantity field {k}')
            elif k != 'type' and v is not None and not isinstance(v, (int, float)):
                problems.append(f'{what}: {k} is not a number')
        lo, hi = value.get('min'), value.get('max')
        if lo is not None and hi is not None and lo > hi:
            problems.append(f'{what}: min above max')
    else:
        problems.append(f'{what}: unknown value type {t!r}')


def check_key(path):
    key = json.load(open(path))
    problems = []
    docs = load_docs(key.get('paths', []))
    claims = key.get('claims', {})
    for name, spec in claims.items():
        check_anchor(docs, spec, f'claim {name}', problems)
        check_value(spec.get('value'), f'claim {name}', problems)
    for i, spec in enumerate(key.get('noise', [])):
        check_anchor(docs, spec, f'noise {i + 1}', problems)
    ids = Counter(r.get('id') for r in key.get('relations', []))
    for rid, n in ids.items():
        if n > 1:
            problems.append(f'relation id {rid!r} used {n} times')
    kinds = Counter()
    for rel in key.get('relations', []):
        what = f'relation {rel.get("id", "?")[:40]!r}'
        a, b = claims.get(rel.get('a')), claims.get(rel.get('b'))
        if a is None or b is None:
            problems.append(f'{what}: unknown claim {rel.get("a") if a is None else rel.get("b")}')
            continue
        if a['doc'] == b['doc']:
            problems.append(f'{what}: both claims are in {a["doc"]}')
        expect = set(rel.get('verdict', [])) | set(rel.get('not', []))
        if not expect or not expect <= VERDICTS:
            problems.append(f'{what}: needs a verdict or a not list of {sorted(VERDICTS)}')
        if 'contradict' in rel.get('verdict', []):
            kinds['conflicts'] += 1
        elif 'agree' in rel.get('verdict', []):
            kinds['agreements'] += 1
        if 'not' in rel:
            kinds['traps'] += 1
    for p in problems:
        print(f'{path}: {p}')
    print(f'{path}: {len(claims)} claims, {kinds["conflicts"]} conflicts, {kinds["agreements"]} agreements, '
          f'{kinds["traps"]} traps, {len(key.get("noise", []))} noise; {len(problems)} problems')
    return not problems


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2].strip())
        sys.exit(2)
    ok = all([check_key(p) for p in sys.argv[1:]])
    sys.exit(0 if ok else 1)
