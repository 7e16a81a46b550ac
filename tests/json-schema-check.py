#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
# Validates JSON reports against doc/pmprobe-report.schema.json (draft 2020-12).
# Usage: json-schema-check.py SCHEMA REPORT.json...; exit 77 without python3-jsonschema.
import json
import sys

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(77)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    errors = sorted(validator.iter_errors(report), key=lambda e: list(e.absolute_path))
    for e in errors:
        where = "/".join(str(p) for p in e.absolute_path)
        print(f"FAIL: {path}: /{where}: {e.message}", file=sys.stderr)
    if errors:
        failed = 1
    else:
        print(f"ok: {path} validates against {sys.argv[1]}")
sys.exit(failed)
