"""Loading and validating the workflow configuration.

``config/config.yaml`` holds the global switches; each paper's numerics live in
``config/papers/<key>.yaml`` and become ``config[<key>]``. Both are validated against
JSON schemas in ``workflow/schemas/`` with messages that name the file and field.

Contract: docs/CONTRACTS.md, sections "Workflow" (per-paper numerics) and "Departures".
"""

from pathlib import Path

import jsonschema

from coldglass.io import InputError, load_yaml

__all__ = ["validate", "deep_merge", "load_workflow_config"]


def _field_path(error):
    return ".".join(str(p) for p in error.absolute_path)


def _describe(error):
    """One readable sentence for a jsonschema error, and the offending field path."""
    field = _field_path(error)
    if error.validator == "additionalProperties":
        unexpected = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        name = unexpected[0] if unexpected else "?"
        return ".".join(filter(None, [field, name])), "unknown key"
    if error.validator == "required":
        return field or "(top level)", error.message.replace("'", "", 2)
    if error.validator == "type":
        return field, f"{error.instance!r} is not of type {error.validator_value}"
    return field or "(top level)", error.message


def validate(instance, schema_path, file):
    """Validate ``instance`` against the YAML JSON-schema at ``schema_path``.

    Raises ``InputError`` naming ``file`` and the first offending field.
    """
    schema = load_yaml(schema_path)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    if errors:
        field, message = _describe(errors[0])
        raise InputError(file, message, field=field)


def deep_merge(base, override):
    """``base`` updated by ``override``, recursing into nested mappings."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_workflow_config(config, papers, root="."):
    """Validate the global config and merge in each paper's ``config/papers/<key>.yaml``.

    Values already in ``config[<key>]`` (e.g. from ``--config``) override the file's.
    Returns the merged config; raises ``InputError`` on the first problem.
    """
    root = Path(root)
    global_keys = {k: v for k, v in config.items() if k not in papers}
    quick = global_keys.get("quick")
    if isinstance(quick, str) and quick.lower() in ("true", "false"):
        global_keys["quick"] = quick.lower() == "true"  # `--config quick=true` passes a string
    validate(global_keys, root / "workflow/schemas/config.schema.yaml", "config/config.yaml")
    validate(
        load_yaml(root / "config/materials.yaml"),
        root / "workflow/schemas/materials.schema.yaml",
        "config/materials.yaml",
    )
    merged = dict(global_keys)
    for key in papers:
        path = root / f"config/papers/{key}.yaml"
        section = load_yaml(path) or {}
        if not isinstance(section, dict):
            raise InputError(path, "must be a mapping")
        section = deep_merge(section, config.get(key) or {})
        validate(section, root / f"workflow/schemas/papers/{key}.schema.yaml", path)
        merged[key] = section
    return merged
