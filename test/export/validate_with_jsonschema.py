"""Checks an OpenAPI 3.1 document's schemas with the Python jsonschema package (Draft 2020-12, the
dialect OpenAPI 3.1 uses): every component schema is a valid schema, every $ref resolves, and each
given instance validates against the named component. Prints a JSON list of problems (empty: fine).

usage: python3 validate_with_jsonschema.py DOC.json INSTANCES.json
INSTANCES.json: [[component name, instance, should it be valid], ...]
"""
import json
import sys

from jsonschema import Draft202012Validator

with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    instances = json.load(f)

problems = []
for name, schema in doc["components"]["schemas"].items():
    try:
        Draft202012Validator.check_schema(schema)
    except Exception as error:  # noqa: BLE001 - report any schema error
        problems.append(f"schema {name}: {error}")

for name, instance, valid in instances:
    root = {"$ref": f"#/components/schemas/{name}", "components": doc["components"]}
    errors = [e.message for e in Draft202012Validator(root).iter_errors(instance)]
    if valid and errors:
        problems.append(f"{name}: expected valid, got {errors[:3]}")
    if not valid and not errors:
        problems.append(f"{name}: expected invalid, but it validated")

print(json.dumps(problems))
