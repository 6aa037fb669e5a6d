#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes criteria/mappings/jcstar1-etsi303645.json from the ETSI EN 303 645 provision ids that
the newest data revision of the ★1 criteria file already carries (items[].mappings.etsiEn303645).

The pairs come from the criteria data, so the two never disagree (tests/core/testmappings checks
it); what this script adds is Hoshi's reading of each pair: a relationship and a rationale, and a
title per provision in Hoshi's own words. ETSI's text is copyrighted and is not shipped.

usage: tools/make-etsi-mapping.py [REPO]   (default: the folder above this script)
"""
import glob
import json
import os
import re
import sys

CRITERIA_ID = "JST-CR-01-01-2024R1"

# Clause headings of ETSI EN 303 645 clause 5, with Hoshi's short subject of each provision.
CLAUSES = {
    "5.1": "No universal default passwords",
    "5.2": "Means to manage reports of vulnerabilities",
    "5.3": "Keep software updated",
    "5.4": "Securely store sensitive security parameters",
    "5.5": "Communicate securely",
    "5.6": "Minimize exposed attack surfaces",
    "5.9": "Make systems resilient to outages",
    "5.11": "Make it easy for users to delete user data",
}
SUBJECTS = {
    "5.1-1": "passwords unique per device or set by the user",
    "5.1-2": "pre-installed unique passwords not guessable",
    "5.1-4": "a simple way to change authentication values",
    "5.1-5": "brute-force protection of network authentication",
    "5.2-1": "a published vulnerability disclosure policy",
    "5.3-1": "software components securely updatable",
    "5.3-2": "an update mechanism for secure installation",
    "5.3-3": "updates simple for the user to apply",
    "5.3-8": "timely security updates",
    "5.3-10": "authenticity and integrity of updates delivered over a network",
    "5.3-13": "a published defined support period",
    "5.3-16": "model designation clearly recognisable",
    "5.4-1": "sensitive security parameters stored securely",
    "5.5-1": "best-practice cryptography for communication",
    "5.5-4": "network access to functionality only after authentication",
    "5.5-5": "security-relevant configuration over the network only after authentication",
    "5.6-1": "unused interfaces disabled",
    "5.6-2": "minimal unauthenticated disclosure of security information",
    "5.9-1": "resilience to network and power outages",
    "5.11-1": "simple erasure of user data",
}

# (item, provision) -> (relationship, rationale). Hoshi's reading, never an official table.
READING = {
    ("S1.1-01", "5.5-4"): ("intersects", "Both ask that access over the network goes through authentication; ★1 covers all IP access and treats a product with the relevant technical conformity certification as conforming, while ETSI phrases it as a recommendation for network interfaces in the initialised state."),
    ("S1.1-01", "5.5-5"): ("superset", "ETSI requires authentication before security-relevant configuration changes over the network; ★1 asks authentication-based access control for all access over IP, which includes those changes."),
    ("S1.1-02", "5.1-1"): ("equivalent", "Both forbid shared default passwords: each unit has a unique password or the user sets one before use."),
    ("S1.1-02", "5.1-2"): ("intersects", "★1 forbids easily guessed default passwords; ETSI states how pre-installed unique passwords must be generated (no counters, no public information), which ★1 does not spell out."),
    ("S1.1-03", "5.1-4"): ("equivalent", "Both ask that users or administrators can change the authentication values the device uses, by a documented, simple mechanism."),
    ("S1.1-04", "5.1-5"): ("equivalent", "Both ask that brute-force attempts on network authentication are made impracticable, with an exception for extremely constrained devices."),
    ("S1.1-05", "5.2-1"): ("equivalent", "Both ask for a vulnerability disclosure policy with a reporting contact and timelines; ★1 lets products sold only under contract disclose it to their customers individually."),
    ("S1.1-06", "5.3-1"): ("intersects", "Both ask that the software components can be updated; ★1 adds that the user can check whether the installed version is current, ETSI asks that updating is secure."),
    ("S1.1-06", "5.3-2"): ("intersects", "★1's updatable software needs an update mechanism; ETSI asks that the mechanism installs updates securely, which ★1 checks under S1.1-08."),
    ("S1.1-07", "5.3-3"): ("equivalent", "Both ask that an update is simple to apply and that the procedure is clear to the user or maintainer."),
    ("S1.1-08", "5.3-10"): ("subset", "★1 asks for a cryptographic integrity check of network updates (a CRC only together with HTTPS); ETSI also asks for authenticity through a trust relationship."),
    ("S1.1-09", "5.3-8"): ("intersects", "★1 asks for a documented policy for prioritising and promptly shipping security updates; ETSI asks that security updates are timely."),
    ("S1.1-10", "5.3-16"): ("equivalent", "Both ask that the model designation is recognisable by the user, on the device or through its interface."),
    ("S1.1-11", "5.4-1"): ("equivalent", "Both ask that secrets and security parameters kept on the device are stored securely (encrypted or in a protected area)."),
    ("S1.1-12", "5.5-1"): ("intersects", "★1 asks that protected information is encrypted or sent over a protected channel; ETSI asks for best-practice cryptography in communication generally."),
    ("S1.1-13", "5.6-1"): ("superset", "Both ask that unused interfaces are disabled; ★1 also asks for a vulnerability scan that finds nothing exploitable."),
    ("S1.1-13", "5.6-2"): ("intersects", "Disabling unneeded services reduces what the device discloses without authentication, which ETSI asks to minimise; neither contains the other."),
    ("S1.1-14", "5.9-1"): ("subset", "★1 asks that authentication data and settings survive a power or network loss; ETSI asks for resilience to outages more broadly."),
    ("S1.1-15", "5.11-1"): ("equivalent", "Both ask that the user can easily erase user data (personal data, settings, keys) from the device."),
    ("S1.1-16", "5.3-13"): ("superset", "ETSI asks that the defined support period is published; ★1 asks for that and also for secure setup, use and disposal information and what updates contain."),
}


def newest_criteria(repo):
    best = None
    for path in glob.glob(os.path.join(repo, "criteria", CRITERIA_ID + "*.json")):
        data = json.load(open(path, encoding="utf-8"))
        if data.get("id") != CRITERIA_ID:
            continue
        revision = data.get("dataRevision", 1)
        if best is None or revision > best[0]:
            best = (revision, data)
    return best[1]


def provision_key(p):
    return [int(x) for x in re.split(r"[.-]", p)]


def main():
    repo = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    criteria = newest_criteria(repo)
    entries, provisions = [], set()
    for item in criteria["items"]:
        for provision in item.get("mappings", {}).get("etsiEn303645", []):
            relationship, rationale = READING[(item["id"], provision)]
            entries.append({"source": item["id"], "target": provision, "relationship": relationship,
                            "rationale": rationale, "provenance": "ours"})
            provisions.add(provision)
    requirements = []
    for p in sorted(provisions, key=provision_key):
        clause = p.split("-")[0]
        requirements.append({"id": p, "title": "%s: %s" % (CLAUSES[clause], SUBJECTS[p])})
    doc = {
        "formatVersion": 1,
        "kind": "hoshi-mapping-set",
        "id": "jcstar1-etsi303645",
        "source": {"criteriaId": CRITERIA_ID},
        "target": {
            "id": "etsi-en-303-645",
            "title": "ETSI EN 303 645 (Cyber Security for Consumer Internet of Things: Baseline Requirements)",
            "source": "ETSI EN 303 645 V2.1.1 (2020-06), clause 5; provision numbers as the ★1 criteria data cites them",
            "textPolicy": "ids-and-titles-only",
            "requirements": requirements,
        },
        "description": "Hoshi's reading of how the ★1 items relate to the ETSI EN 303 645 provisions the ★1 criteria data cites. Not an official table: no official provision-level crosswalk between ★1 and ETSI EN 303 645 exists. ETSI's text is copyrighted and not included; titles are Hoshi's words. Add the text from your own copy as a local text overlay.",
        "entries": entries,
    }
    out = os.path.join(repo, "criteria", "mappings", "jcstar1-etsi303645.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(out)


if __name__ == "__main__":
    main()
