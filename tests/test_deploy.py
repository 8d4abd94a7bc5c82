"""The deployment files are checked without building or starting anything.

The systemd unit goes through ``systemd-analyze verify`` (and ``security``) when the machine
has them, and through a structural check always; the compose file and the Dockerfile are
parsed and checked for what operating them relies on.
"""

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import yaml

from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
INSTALLED_LECTERN = "/opt/lectern/.venv/bin/lectern"


# -- systemd ------------------------------------------------------------------------------


def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    """systemd's syntax: sections, ``Key=value`` lines (keys may repeat), ``#`` comments."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"line {number} is outside any section"
        key, sep, value = line.partition("=")
        assert sep and re.fullmatch(r"[A-Za-z]+", key), f"line {number} is not Key=value: {raw}"
        current.setdefault(key, []).append(value)
    return sections


KNOWN_KEYS = {
    "Unit": {
        "Description",
        "Documentation",
        "After",
        "Wants",
        "StartLimitIntervalSec",
        "StartLimitBurst",
    },
    "Service": {
        "Type",
        "User",
        "Group",
        "WorkingDirectory",
        "EnvironmentFile",
        "Environment",
        "ExecStart",
        "KillSignal",
        "TimeoutStopSec",
        "Restart",
        "RestartSec",
        "RestartPreventExitStatus",
        "StateDirectory",
        "CacheDirectory",
        "StateDirectoryMode",
        "ReadWritePaths",
        "NoNewPrivileges",
        "ProtectSystem",
        "ProtectHome",
        "PrivateTmp",
        "PrivateDevices",
        "ProtectKernelTunables",
        "ProtectKernelModules",
        "ProtectKernelLogs",
        "ProtectControlGroups",
        "ProtectClock",
        "ProtectHostname",
        "ProtectProc",
        "ProcSubset",
        "RestrictAddressFamilies",
        "RestrictNamespaces",
        "RestrictRealtime",
        "RestrictSUIDSGID",
        "LockPersonality",
        "SystemCallArchitectures",
        "SystemCallFilter",
        "CapabilityBoundingSet",
        "AmbientCapabilities",
        "UMask",
    },
    "Install": {"WantedBy"},
}


def unknown_keys(unit: dict[str, dict[str, list[str]]]) -> dict[str, set[str]]:
    """Keys systemd would not know, by section (an unknown section: all of its keys)."""
    found = {section: set(keys) - KNOWN_KEYS.get(section, set()) for section, keys in unit.items()}
    return {section: keys for section, keys in found.items() if keys}


def unit_environment(service: dict[str, list[str]]) -> dict[str, str]:
    pairs = [pair for value in service.get("Environment", []) for pair in shlex.split(value)]
    return dict(pair.split("=", 1) for pair in pairs)


def test_unit_structure_restart_and_hardening():
    unit = parse_unit((DEPLOY / "lectern.service").read_text(encoding="utf-8"))
    assert set(unit) == set(KNOWN_KEYS)
    assert unknown_keys(unit) == {}
    service = {key: values[-1] for key, values in unit["Service"].items()}

    assert service["ExecStart"] == f"{INSTALLED_LECTERN} run"
    assert service["User"] not in ("root", "0")
    assert service["Restart"] in ("on-failure", "always")
    assert service["KillSignal"] == "SIGTERM"
    assert service["RestartPreventExitStatus"] == "2"  # a configuration error does not loop
    # Nothing runs before `lectern run`: a failing ExecStartPre would be restarted in a loop,
    # while `lectern run` makes the same checks and exits 2, which is not restarted.
    assert "ExecStartPre" not in unit["Service"]
    for key in ("NoNewPrivileges", "PrivateTmp", "ProtectHome", "PrivateDevices"):
        assert service[key] == "yes", key
    assert service["ProtectSystem"] == "strict"
    assert service["CapabilityBoundingSet"] == ""

    # Under ProtectSystem=strict the database folder is the one writable place.
    env = unit_environment(unit["Service"])
    database_dir = str(Path(env["LECTERN_DATABASE"]).parent)
    assert database_dir in service["ReadWritePaths"].split()
    assert database_dir == f"/var/lib/{service['StateDirectory']}"
    # Every LECTERN_* key set in the unit is a real setting.
    assert set(env) <= env_keys()


def env_keys() -> set[str]:
    keys = set()
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        keys.add(alias if isinstance(alias, str) else f"LECTERN_{name.upper()}")
    return keys


def installed_copy_of_unit(tmp_path: Path) -> Path:
    """The unit as it is once installed: `lectern` exists where ExecStart expects it."""
    lectern = tmp_path / "lectern"
    lectern.write_text("#!/bin/sh\n", encoding="utf-8")
    lectern.chmod(0o755)
    text = (DEPLOY / "lectern.service").read_text(encoding="utf-8")
    assert INSTALLED_LECTERN in text
    unit = tmp_path / "lectern.service"
    unit.write_text(text.replace(INSTALLED_LECTERN, str(lectern)), encoding="utf-8")
    return unit


def test_unit_passes_systemd_analyze_when_available(tmp_path):
    """systemd's own checker; without it, the structural test above stands in."""
    analyze = shutil.which("systemd-analyze")
    unit = installed_copy_of_unit(tmp_path)
    if analyze is None:
        # No systemd here (CI installs it when it can): check what verify would have caught.
        parsed = parse_unit(unit.read_text(encoding="utf-8"))
        executable = parsed["Service"]["ExecStart"][0].split()[0]
        assert Path(executable).is_absolute() and Path(executable).exists()
        return
    verify = subprocess.run(
        [analyze, "verify", "--man=no", str(unit)], capture_output=True, text=True, timeout=60
    )
    # verify exits 0 on unknown keys but prints them: any output is a finding.
    assert verify.returncode == 0 and verify.stderr == "" and verify.stdout == "", verify.stderr
    security = subprocess.run(
        [analyze, "security", "--offline=yes", "--threshold=25", "--no-pager", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    # Exposure 2.5 of 10 at most ("OK" in systemd's scale).
    assert security.returncode == 0, security.stdout[-2000:]


def test_the_unit_check_catches_a_misspelt_key(tmp_path):
    unit = installed_copy_of_unit(tmp_path)
    text = unit.read_text(encoding="utf-8").replace("NoNewPrivileges=", "NoNewPrivilege=")
    assert unknown_keys(parse_unit(text)) == {"Service": {"NoNewPrivilege"}}
    misplaced = unit.read_text(encoding="utf-8").replace("[Install]", "[Instal]")
    assert unknown_keys(parse_unit(misplaced)) == {"Instal": {"WantedBy"}}
    analyze = shutil.which("systemd-analyze")
    if analyze is not None:
        unit.write_text(text, encoding="utf-8")
        verify = subprocess.run(
            [analyze, "verify", "--man=no", str(unit)], capture_output=True, text=True
        )
        assert "Unknown key 'NoNewPrivilege'" in verify.stderr


# -- compose ------------------------------------------------------------------------------

COMPOSE_TOP_LEVEL = {"name", "services", "volumes", "networks", "configs", "secrets"}
COMPOSE_SERVICE_KEYS = {
    "build",
    "image",
    "restart",
    "env_file",
    "environment",
    "volumes",
    "read_only",
    "tmpfs",
    "cap_drop",
    "security_opt",
    "stop_signal",
    "stop_grace_period",
    "healthcheck",
    "logging",
}


def load_compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))


def test_compose_file_structure():
    compose = load_compose()
    assert set(compose) <= COMPOSE_TOP_LEVEL
    service = compose["services"]["lectern"]
    assert set(service) <= COMPOSE_SERVICE_KEYS

    build = service["build"]
    assert (DEPLOY / build["context"] / build["dockerfile"]).resolve() == DEPLOY / "Dockerfile"
    assert service["restart"] in ("always", "unless-stopped", "on-failure")
    assert [(DEPLOY / path).resolve() for path in service["env_file"]] == [ROOT / ".env"]

    # The database is on a named volume declared at the top level.
    env = service["environment"]
    assert set(env) <= env_keys()
    volume, _, target = service["volumes"][0].partition(":")
    assert volume in compose["volumes"]
    assert Path(env["LECTERN_DATABASE"]).parent == Path(target)
    # read_only root: the heartbeat goes to the tmpfs.
    assert service["read_only"] is True
    assert Path(env["LECTERN_HEARTBEAT_FILE"]).parent == Path(service["tmpfs"][0])

    assert service["cap_drop"] == ["ALL"]
    assert "no-new-privileges:true" in service["security_opt"]
    assert service["stop_signal"] == "SIGTERM"
    assert re.fullmatch(r"\d+s", service["stop_grace_period"])
    health = service["healthcheck"]
    assert health["test"][:3] == ["CMD", "lectern", "healthcheck"]
    for key in ("interval", "timeout", "start_period"):
        assert re.fullmatch(r"\d+s", health[key]), key


# -- Dockerfile ---------------------------------------------------------------------------


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n", " ", text)
    instructions = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
    return instructions


def test_dockerfile_is_slim_non_root_with_volume_and_healthcheck():
    instructions = dockerfile_instructions()
    stages = [i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM"]
    final = instructions[stages[-1] :]
    assert all("slim" in rest for keyword, rest in instructions if keyword == "FROM")

    users = [rest for keyword, rest in final if keyword == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    # Nothing runs as root after the switch.
    after_user = final[[k for k, _ in final].index("USER") :]
    assert "RUN" not in [keyword for keyword, _ in after_user]

    volumes = [rest for keyword, rest in final if keyword == "VOLUME"]
    env = " ".join(rest for keyword, rest in final if keyword == "ENV")
    database = re.search(r"LECTERN_DATABASE=(\S+)", env)
    assert database and volumes
    assert f'"{Path(database.group(1)).parent}"' in volumes[0]
    # The corpus comes inside Lectern's wheel; the dependencies are the lock's, hash-checked.
    assert "LECTERN_CORPUS_DIR" not in env
    runs = [rest for keyword, rest in instructions[: stages[-1]] if keyword == "RUN"]
    assert any("--require-hashes -r requirements.lock" in rest for rest in runs)
    assert any("--no-deps ." in rest for rest in runs)

    health = [rest for keyword, rest in final if keyword == "HEALTHCHECK"]
    assert len(health) == 1 and '"lectern", "healthcheck"' in health[0]
    assert ("STOPSIGNAL", "SIGTERM") in final
    assert ("ENTRYPOINT", '["lectern"]') in final and ("CMD", '["run"]') in final

    # Every file the build copies is in the repository, and secrets are not sent to it.
    for keyword, rest in instructions:
        if keyword == "COPY" and not rest.startswith("--from"):
            for source in rest.split()[:-1]:
                assert (ROOT / source).exists(), source
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert ".env" in ignored and "*.db" in ignored
