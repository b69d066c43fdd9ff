#!/usr/bin/env python3
"""Validate BriefingKit's template data: actors.json, people.json, taxonomy.json, subjects.json, commitments.json and the word lists.

Usage:
    python3 validate.py                       # check the built-in files next to this script
    python3 validate.py --actors my.json      # check a user file merged over the built-ins
    python3 validate.py --people p.json --taxonomy t.json --actors a.json

Every other .json file here is a word list: a "$comment" saying what it is for, and lists of
distinct non-empty strings (or of objects, or a map of strings); each must be embedded in
BriefingKit.Core, or the library would never read it.

User files are merged the way BriefingKit merges them: an entry whose name (actors,
people) or id (issues) matches a built-in one replaces it whole; other entries are added.
Prints a summary and exits 1 if any problem is found (0 otherwise). Standard library only.
"""
import argparse
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

REQUIRED_ISSUES = [
    "afghanistan", "arms-control", "bilateral-relations", "chemical-weapons", "china", "climate",
    "counterterrorism", "covid-19", "cybersecurity", "democracy-human-rights", "economy-trade",
    "election-interference", "energy", "indo-pacific", "iran", "israel-palestinians", "migration",
    "nato-alliances", "north-korea", "sanctions", "supply-chains-technology", "syria", "taiwan", "ukraine",
]
ACTOR_KINDS = {"country", "territory", "organization", "group"}
ACTOR_FORM_LISTS = ("aliases", "adjectives", "metonyms", "demonyms")
ACTOR_KEYS = {"name", "kind", "partOf", "note", "webHosts"} | set(ACTOR_FORM_LISTS)
PERSON_KEYS = {"name", "aliases", "familyName", "roles", "note"}
ROLE_KEYS = {"title", "affiliation", "office", "from", "to", "acting", "approximate"}
ISSUE_KEYS = {"id", "name", "description", "terms", "related", "afterNamePair"}
# Words too general to signal any issue on their own; they may appear in "related" only.
GENERIC_TERMS = {
    "security", "issue", "issues", "policy", "government", "president", "country", "countries", "world",
    "people", "today", "war", "peace", "talks", "meeting", "leaders", "region", "support", "concern",
}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Report:
    def __init__(self):
        self.problems = []

    def add(self, where, message):
        self.problems.append(f"{where}: {message}")


def read_json(path, report, where=None):
    """The JSON document in a file, or None after reporting why it cannot be read (a BOM is reported and skipped)."""
    where = where or path
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        report.add(path, f"cannot read: {exc}")
        return None
    if text.startswith("\ufeff"):
        report.add(where, "starts with a byte-order mark; save as UTF-8 without BOM")
        text = text[1:]
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        report.add(where, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")
        return None


def load(path, top_key, report):
    doc = read_json(path, report)
    if doc is None:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get(top_key), list):
        report.add(path, f'top level must be an object with a "{top_key}" array')
        return None
    return doc


def merge(builtin, user, key):
    """User entries replace built-in ones with the same key and are otherwise appended."""
    by_key = {e.get(key): i for i, e in enumerate(builtin) if isinstance(e, dict)}
    out = list(builtin)
    for e in user:
        k = e.get(key) if isinstance(e, dict) else None
        if k in by_key:
            out[by_key[k]] = e
        else:
            by_key[k] = len(out)
            out.append(e)
    return out


def is_text(v):
    return isinstance(v, str) and v.strip() == v and v != "" and "\n" not in v


def case_sensitive(term):
    """A term with capitals and no lowercase letters (DPRK, ISIS, U.S.) is matched case-sensitively."""
    return any(c.isupper() for c in term) and not any(c.islower() for c in term)


def match_key(term):
    return term if case_sensitive(term) else term.casefold()


def parse_date(value, where, report):
    if not isinstance(value, str) or not DATE_RE.match(value):
        report.add(where, f"date {value!r} is not ISO yyyy-mm-dd")
        return None
    try:
        d = datetime.date.fromisoformat(value)
    except ValueError:
        report.add(where, f"date {value!r} is not a calendar date")
        return None
    if not 1900 <= d.year <= 2100:
        report.add(where, f"date {value!r} is out of range")
    return d


def check_unknown_keys(entry, allowed, where, report):
    for k in entry:
        if k not in allowed and k != "$comment":
            report.add(where, f'unknown field "{k}" (allowed: {", ".join(sorted(allowed))})')


# --- actors ------------------------------------------------------------------------------------

def check_actors(actors, non_refs, report, src):
    names = {}
    forms = {}  # casefolded form -> actor name
    for i, a in enumerate(actors):
        where = f"{src} actors[{i}]"
        if not isinstance(a, dict):
            report.add(where, "must be an object")
            continue
        check_unknown_keys(a, ACTOR_KEYS, where, report)
        name = a.get("name")
        if not is_text(name):
            report.add(where, '"name" must be a non-empty trimmed string')
            continue
        where = f"{src} actor {name!r}"
        if name in names:
            report.add(where, "duplicate actor name")
        names[name] = a
        if a.get("kind") not in ACTOR_KINDS:
            report.add(where, f'"kind" must be one of {sorted(ACTOR_KINDS)}')
        hosts = a.get("webHosts", [])
        if not isinstance(hosts, list) or not all(is_text(h) and h == h.lower() and " " not in h for h in hosts):
            report.add(where, '"webHosts" must be a list of lower-case host names ("kremlin.ru", ".gov" for a whole domain)')
        for field in ("note", "partOf"):
            if field in a and not is_text(a[field]):
                report.add(where, f'"{field}" must be a non-empty trimmed string')
        own = [name]
        for field in ACTOR_FORM_LISTS:
            values = a.get(field, [])
            if field != "demonyms" and field not in a:
                report.add(where, f'missing "{field}" (use [] when there are none)')
            if not isinstance(values, list):
                report.add(where, f'"{field}" must be an array of strings')
                continue
            seen = set()
            for v in values:
                if not is_text(v):
                    report.add(where, f'{field}: {v!r} must be a non-empty trimmed string')
                    continue
                if v in seen:
                    report.add(where, f'{field}: {v!r} listed twice')
                seen.add(v)
                if v.lower().startswith("the "):
                    report.add(where, f'{field}: {v!r} starts with "the"; list forms without the article')
                if field == "aliases" and v == name:
                    report.add(where, f"aliases: {v!r} repeats the name")
                own.append(v)
        for v in set(own):
            key = v.casefold()
            other = forms.get(key)
            if other is not None and other != name:
                report.add(where, f"form {v!r} is also used by actor {other!r}")
            else:
                forms[key] = name
    for name, a in names.items():
        parent = a.get("partOf")
        if parent is not None and (parent not in names or parent == name):
            report.add(f"{src} actor {name!r}", f"partOf {parent!r} is not another actor's name")
    if not isinstance(non_refs, list):
        report.add(src, '"nonReferences" must be an array of strings')
        non_refs = []
    # One alternation over every form (already casefolded), longest first.
    any_form = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)")
    seen = set()
    for phrase in non_refs:
        if not is_text(phrase):
            report.add(src, f"nonReferences: {phrase!r} must be a non-empty trimmed string")
            continue
        if phrase in seen:
            report.add(src, f"nonReferences: {phrase!r} listed twice")
        seen.add(phrase)
        if not any_form.search(phrase.casefold()):
            report.add(src, f"nonReferences: {phrase!r} contains no actor form, so it excludes nothing")
    return names, forms


# --- people ------------------------------------------------------------------------------------

def check_people(people, actor_names, report, src):
    names = set()
    forms = {}
    roles_total = 0
    for i, p in enumerate(people):
        where = f"{src} people[{i}]"
        if not isinstance(p, dict):
            report.add(where, "must be an object")
            continue
        check_unknown_keys(p, PERSON_KEYS, where, report)
        name = p.get("name")
        if not is_text(name):
            report.add(where, '"name" must be a non-empty trimmed string')
            continue
        where = f"{src} person {name!r}"
        if name in names:
            report.add(where, "duplicate person name")
        names.add(name)
        if "note" in p and not is_text(p["note"]):
            report.add(where, '"note" must be a non-empty trimmed string')
        aliases = p.get("aliases", [])
        if not isinstance(aliases, list):
            report.add(where, '"aliases" must be an array of strings')
            aliases = []
        for v in aliases:
            if not is_text(v):
                report.add(where, f"alias {v!r} must be a non-empty trimmed string")
            elif v == name:
                report.add(where, f"alias {v!r} repeats the name")
            elif v == name.split()[-1]:
                report.add(where, f"alias {v!r} is the bare surname; surname matching is done by code")
        for v in [name] + [a for a in aliases if is_text(a)]:
            key = v.casefold()
            other = forms.get(key)
            if other is not None and other != name:
                report.add(where, f"name or alias {v!r} is also used by {other!r}")
            else:
                forms[key] = name
        roles = p.get("roles")
        if not isinstance(roles, list) or not roles:
            report.add(where, '"roles" must be a non-empty array')
            continue
        spans = []
        for j, r in enumerate(roles):
            rw = f"{where} roles[{j}]"
            if not isinstance(r, dict):
                report.add(rw, "must be an object")
                continue
            roles_total += 1
            check_unknown_keys(r, ROLE_KEYS, rw, report)
            if not is_text(r.get("title")):
                report.add(rw, '"title" must be a non-empty trimmed string')
            aff = r.get("affiliation")
            if aff not in actor_names:
                report.add(rw, f'affiliation {aff!r} is not an actor name in actors.json')
            if "office" in r and not is_text(r["office"]):
                report.add(rw, '"office" must be a non-empty trimmed string')
            for flag in ("acting", "approximate"):
                if flag in r and not isinstance(r[flag], bool):
                    report.add(rw, f'"{flag}" must be true or false')
            start = parse_date(r.get("from"), rw + " from", report) if "from" in r else None
            if "from" not in r:
                report.add(rw, 'missing "from"')
            end = parse_date(r["to"], rw + " to", report) if "to" in r else None
            if start and end and not start < end:
                report.add(rw, f'"from" {r["from"]} must be before "to" {r["to"]}')
            if start:
                spans.append(((r.get("title"), aff, r.get("office")), start, end or datetime.date.max))
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                (ka, sa, ea), (kb, sb, eb) = spans[a], spans[b]
                if ka == kb and sa < eb and sb < ea:
                    report.add(where, f"two {ka[0]!r} roles overlap in time")
    return names, roles_total


# --- taxonomy ----------------------------------------------------------------------------------

def check_taxonomy(issues, actors, report, src, builtin_only):
    ids = []
    country_names = {n for n, a in actors.items() if a.get("kind") in ("country", "territory")}
    n_terms = n_related = 0
    for i, it in enumerate(issues):
        where = f"{src} issues[{i}]"
        if not isinstance(it, dict):
            report.add(where, "must be an object")
            continue
        check_unknown_keys(it, ISSUE_KEYS, where, report)
        iid = it.get("id")
        if not isinstance(iid, str) or not ID_RE.match(iid):
            report.add(where, f'"id" {iid!r} must be lowercase words joined by hyphens')
            continue
        where = f"{src} issue {iid!r}"
        if iid in ids:
            report.add(where, "duplicate issue id")
        ids.append(iid)
        for field in ("name", "description"):
            if not is_text(it.get(field)):
                report.add(where, f'"{field}" must be a non-empty trimmed string')
        keys = {}
        for field in ("terms", "related"):
            values = it.get(field)
            if not isinstance(values, list) or (field == "terms" and not values):
                report.add(where, f'"{field}" must be {"a non-empty" if field == "terms" else "an"} array of strings')
                continue
            for t in values:
                if not is_text(t):
                    report.add(where, f"{field}: {t!r} must be a non-empty trimmed string")
                    continue
                k = match_key(t)
                if k in keys:
                    report.add(where, f"{field}: {t!r} duplicates {keys[k]!r} (terms and related are matched the same way)")
                keys[k] = f"{field}:{t}"
                if field == "terms":
                    n_terms += 1
                    if t.casefold() in GENERIC_TERMS:
                        report.add(where, f"terms: {t!r} is too general to signal an issue; move it to related")
                    if t in country_names and t.casefold() not in (it.get("name", "") + " " + it.get("description", "")).casefold():
                        report.add(where, f"terms: the bare actor name {t!r} is only a term of an issue about it; move it to related")
                else:
                    n_related += 1
        pair = it.get("afterNamePair", [])
        if not isinstance(pair, list) or not all(is_text(n) and " " not in n for n in pair):
            report.add(where, '"afterNamePair" must be an array of single words')
    missing = [r for r in REQUIRED_ISSUES if r not in ids]
    if missing:
        report.add(src, "required issue ids missing: " + ", ".join(missing))
    if builtin_only:
        extra = [i for i in ids if i not in REQUIRED_ISSUES]
        if extra:
            report.add(src, "the built-in taxonomy must hold exactly the 24 default issues; extra: " + ", ".join(extra))
    return ids, n_terms, n_related


STRUCTURED_FILES = {"actors.json", "people.json", "taxonomy.json"}
# Word-list files with a checker of their own (check_subjects, check_commitments): here only their comment and embedding.
CHECKED_ON_THEIR_OWN = {"subjects.json", "commitments.json"}


# Lists the library requires in a word-list file (a missing one stops BriefingKit at its first use).
REQUIRED_LISTS = {
    "reporting-verbs.json": ("saying", "sayingWithStance", "quotationOnly", "acts", "attitudes",
                             "intensifiers", "attitudeLinks", "reportLeads", "quoteLeads", "pronouns"),
    "speaker-kinds.json": ("conversationParts", "unidentifiedLabels", "moderatorWords", "newsWords", "panelCues",
                           "placeholderLabels", "placeholderQualifiers", "selfIntroductions", "moderatorIsNamed", "moderatorOf", "courtesyTitles", "titlesBeforeNames"),
    "dates.json": ("numberWords", "longSpans", "datePrepositions", "yearParts", "months"),
    "negation.json": ("negators", "negativeDeterminers"),
}
# Lists matched as a lower-case word after a capital is allowed for ("he" and "He"): they must be written lower case.
LOWER_CASE_LISTS = {("reporting-verbs.json", "pronouns"), ("dates.json", "numberWords"), ("dates.json", "longSpans"),
                    ("dates.json", "datePrepositions"), ("dates.json", "yearParts")}


def check_word_lists(folder, report):
    """Checks the word-list files; returns how many files and entries were checked."""
    csproj = os.path.join(folder, "..", "src", "BriefingKit.Core", "BriefingKit.Core.csproj")
    embedded = open(csproj, encoding="utf-8").read() if os.path.exists(csproj) else None
    files = entries = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json") or name in STRUCTURED_FILES:
            continue
        doc = read_json(os.path.join(folder, name), report, name)
        if doc is None:
            continue
        files += 1
        if embedded is not None and f"templates/{name}" not in embedded:
            report.add(name, "not embedded in BriefingKit.Core.csproj, so BriefingKit never reads it")
        if not isinstance(doc, dict) or not (is_text(doc.get("$comment")) or is_text(doc.get("description"))):
            report.add(name, 'needs a top-level "$comment" (or "description") saying what the lists are for')
            continue
        for key in REQUIRED_LISTS.get(name, ()):
            if key not in doc:
                report.add(name, f'"{key}" is missing (BriefingKit reads it)')
        for key, value in doc.items():
            if (name, key) in LOWER_CASE_LISTS and isinstance(value, list):
                for v in value:
                    if isinstance(v, str) and v != v.lower():
                        report.add(f"{name}: {key}", f"{v!r} must be lower case (capitalised forms are matched too)")
            if key in ("$comment", "description") or name in CHECKED_ON_THEIR_OWN:
                continue
            where = f"{name}: {key}"
            if isinstance(value, dict):
                # A map of strings ("Sen." → "Senator") or of named word lists ("modals": [...]).
                entries += len(value)
                for k, v in value.items():
                    listed = isinstance(v, list) and len(v) > 0 and all(is_text(x) for x in v)
                    if not is_text(k) or not (is_text(v) or listed):
                        report.add(where, f"{k!r}: keys must be non-empty strings, values non-empty strings or lists of them")
                continue
            if not isinstance(value, list) or not value:
                report.add(where, "must be a non-empty list")
                continue
            entries += len(value)
            if all(isinstance(v, dict) for v in value):
                continue
            seen = set()
            for v in value:
                if not is_text(v) or v != v.strip():
                    report.add(where, f"{v!r} is not a non-empty string without outer spaces")
                elif v.casefold() in seen:
                    report.add(where, f"{v!r} is listed twice")
                else:
                    seen.add(v.casefold())
    return files, entries

def load_lists(path, names, report):
    """A word-list file: its lists by name (those present and of the right shape), unknown keys and missing lists reported."""
    src = os.path.basename(path)
    doc = read_json(path, report, src)
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        report.add(src, "top level must be an object of word lists")
        return {}
    check_unknown_keys(doc, set(names), src, report)
    lists = {}
    for name in names:
        values = doc.get(name)
        if not isinstance(values, list) or not values:
            report.add(src, f'"{name}" must be a non-empty array of strings')
            continue
        lists[name] = values
    return lists


def unique_entries(src, name, values, report):
    """The entries of one list that are non-empty trimmed strings, each once (compared case- and spacing-insensitively)."""
    seen = set()
    for v in values:
        if not is_text(v):
            report.add(src, f"{name}: {v!r} must be a non-empty trimmed string")
            continue
        key = " ".join(v.casefold().split())
        if key in seen:
            report.add(src, f"{name}: {v!r} listed twice")
            continue
        seen.add(key)
        yield v, key


# --- subject words ----------------------------------------------------------------------------

SUBJECT_LISTS = ("subjectWords", "collectives", "groupNouns", "roles", "introWords", "topicIntros", "asideWords",
                 "indefiniteHolders", "heldNouns", "sharedWords")


def check_subjects(path, report):
    """subjects.json: every list present, non-empty, of trimmed strings without repeats; case as the matching needs."""
    src = os.path.basename(path)
    total = 0
    for name, values in load_lists(path, SUBJECT_LISTS, report).items():
        for v, _ in unique_entries(src, name, values, report):
            total += 1
            if name in ("subjectWords", "groupNouns", "asideWords", "sharedWords") and v != v.lower():
                report.add(src, f"{name}: {v!r} must be lower case (it is matched as written)")
            if name in ("roles", "introWords", "topicIntros") and not v[0].isupper():
                report.add(src, f"{name}: {v!r} must start with a capital (it is matched at a sentence start or after 'the')")
            if name == "subjectWords" and " " in v:
                report.add(src, f"subjectWords: {v!r} must be one word")
    return total


# --- commitments --------------------------------------------------------------------------------

COMMITMENT_LISTS = (
    "pledgeVerbs", "futureMarkers", "continuing", "pledgeNouns", "intentNouns", "launchVerbs", "announceVerbs", "launchObjects",
    "initiatives", "pastTime", "mutualPledges", "conditionals", "conditionsMet", "prepositions", "nominalClauses",
    "partyPronouns", "partyNouns", "thingWords", "fillers", "notAfterFuture", "procedural", "schedule", "states", "attitudes", "cooperation", "cooperationTopics", "outcomes", "values", "freeRelatives", "timeNouns", "determiners",
    "forwardPointers", "demonstratives", "clauseBreaks", "nextVerbs", "copulas", "subordinators",
    "articles", "conjunctions", "nameJoiners", "partyNameWords", "firstPerson", "firstPersonPlural", "headEnds",
)


def check_commitments(path, report):
    """commitments.json: every list present, each a non-empty array of unique, trimmed, non-empty strings; one kind of cue a phrase."""
    src = os.path.basename(path)
    total = 0
    cues = {}
    for name, values in load_lists(path, COMMITMENT_LISTS, report).items():
        for v, key in unique_entries(src, name, values, report):
            total += 1
            if name in ("pledgeVerbs", "futureMarkers", "continuing", "pledgeNouns", "intentNouns", "launchVerbs"):
                if key in cues:
                    report.add(src, f"{name}: {v!r} is also a cue in {cues[key]!r} (one phrase, one kind of cue)")
                cues[key] = name
    return total


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--actors", help="a user actors file merged over the built-in one")
    ap.add_argument("--people", help="a user people file merged over the built-in one")
    ap.add_argument("--taxonomy", help="a user taxonomy file merged over the built-in one")
    ap.add_argument("--dir", default=HERE, help="folder holding the built-in files (default: this script's folder)")
    args = ap.parse_args(argv)
    report = Report()

    a_doc = load(os.path.join(args.dir, "actors.json"), "actors", report)
    p_doc = load(os.path.join(args.dir, "people.json"), "people", report)
    t_doc = load(os.path.join(args.dir, "taxonomy.json"), "issues", report)
    if None in (a_doc, p_doc, t_doc):
        return finish(report, None)
    actors, non_refs = a_doc["actors"], a_doc.get("nonReferences", [])
    people, issues = p_doc["people"], t_doc["issues"]
    src_a, src_p, src_t = "actors.json", "people.json", "taxonomy.json"
    if args.actors:
        u = load(args.actors, "actors", report)
        if u:
            actors = merge(actors, u["actors"], "name")
            extra = u.get("nonReferences", [])
            non_refs = non_refs + extra if isinstance(extra, list) else extra
            src_a = f"actors.json+{args.actors}"
    if args.people:
        u = load(args.people, "people", report)
        if u:
            people = merge(people, u["people"], "name")
            src_p = f"people.json+{args.people}"
    if args.taxonomy:
        u = load(args.taxonomy, "issues", report)
        if u:
            issues = merge(issues, u["issues"], "id")
            src_t = f"taxonomy.json+{args.taxonomy}"

    actor_map, forms = check_actors(actors, non_refs, report, src_a)
    person_names, n_roles = check_people(people, set(actor_map), report, src_p)
    ids, n_terms, n_related = check_taxonomy(issues, actor_map, report, src_t, builtin_only=not args.taxonomy)
    n_lists, n_entries = check_word_lists(args.dir, report)
    n_subject_words = check_subjects(os.path.join(args.dir, "subjects.json"), report)
    n_commitment_words = check_commitments(os.path.join(args.dir, "commitments.json"), report)

    kinds = {}
    for a in actor_map.values():
        kinds[a.get("kind")] = kinds.get(a.get("kind"), 0) + 1
    summary = [
        f"actors:   {len(actor_map)} ({', '.join(f'{v} {k}' for k, v in sorted(kinds.items(), key=lambda kv: str(kv[0])))}), "
        f"{len(forms)} distinct forms, {len(non_refs) if isinstance(non_refs, list) else 0} non-references",
        f"people:   {len(person_names)} with {n_roles} roles",
        f"taxonomy: {len(ids)} issues, {n_terms} terms, {n_related} related phrases",
        f"words:    {n_lists} word-list files, {n_entries} entries",
        f"subjects: {n_subject_words} words and phrases",
        f"commitments: {n_commitment_words} words and phrases in {len(COMMITMENT_LISTS)} lists",
    ]
    return finish(report, summary)


def finish(report, summary):
    for line in summary or []:
        print(line)
    if report.problems:
        print(f"\n{len(report.problems)} problem(s):", file=sys.stderr)
        for p in report.problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
