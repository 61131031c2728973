"""Loading and validating the workflow configuration.

``config/config.yaml`` holds the global switches; each paper's numerics live in
``config/papers/<key>.yaml`` and become ``config[<key>]``. Both are validated against
JSON schemas in ``workflow/schemas/`` with messages that name the file and field.

Contract: docs/CONTRACTS.md, sections "Workflow" (per-paper numerics) and "Departures".
"""

from pathlib import Path

import jsonschema
import yaml

from coldglass.io import InputError, load_yaml

__all__ = ["validate", "deep_merge", "load_workflow_config", "yaml_line"]


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
        missing = next((k for k in error.validator_value if k not in error.instance), "?")
        return ".".join(filter(None, [field, missing])), "required, missing"
    if error.validator == "type":
        return field, f"{error.instance!r} is not of type {error.validator_value}"
    return field or "(top level)", error.message


def yaml_line(path, field):
    """Line (1-based) of ``field`` (dotted path, e.g. ``silica.rho_kg_per_m3``) in a YAML file.

    The line of the deepest part of the path that exists; ``None`` if the file cannot be read.
    """
    try:
        with open(path, encoding="utf-8") as handle:
            node = yaml.compose(handle, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if node is None:
        return None
    line = None
    for part in str(field).split("."):
        if isinstance(node, yaml.MappingNode):
            match = [(k, v) for k, v in node.value if str(k.value) == part]
            if not match:
                break
            line, node = match[0][0].start_mark.line + 1, match[0][1]
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
            line = node.start_mark.line + 1
        else:
            break
    return line


def validate(instance, schema_path, file, source=None):
    """Validate ``instance`` against the YAML JSON-schema at ``schema_path``.

    Raises ``InputError`` naming ``file``, the line of the first offending field in
    ``source`` (default ``file``; when it is a YAML file that holds the field) and the field.
    """
    schema = load_yaml(schema_path)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    if errors:
        field, message = _describe(errors[0])
        source = file if source is None else source
        row = yaml_line(source, field) if str(source).endswith((".yaml", ".yml")) else None
        raise InputError(file, message, row=row, field=field)


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
    validate(
        global_keys,
        root / "workflow/schemas/config.schema.yaml",
        "config/config.yaml",
        root / "config/config.yaml",
    )
    validate(
        load_yaml(root / "config/materials.yaml"),
        root / "workflow/schemas/materials.schema.yaml",
        "config/materials.yaml",
        root / "config/materials.yaml",
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
