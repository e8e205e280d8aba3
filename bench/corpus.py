#!/usr/bin/env python3
"""Generate the benchmark corpora (deterministic: fixed seed, Python 3.11 standard library only).

    python3 bench/corpus.py [--out DIR]        (default: .cache/bench/corpus, git-ignored)

Writes, under DIR:
  dockerfiles/   (a) 1 000 realistic Dockerfiles, svc-NNNN/Dockerfile: multi-stage Go builds,
                 GOPROXY/GOPRIVATE/GOFLAGS/GOSUMDB variants, ARG, RUN with continuations,
                 heredocs, cache mounts; about one in four has a mistake the rules find.
  monorepo/      (b) 20 000 files: 300 Dockerfiles, 200 go.mod (+ go.sum), .env files, GitHub
                 workflows and .gitlab-ci.yml, among Go sources, Markdown, JSON, a .gitignore
                 (whose ignored directories also hold Dockerfiles) and a node_modules/.
  huge/          (c) one 50 MB Dockerfile-like file, huge/Dockerfile.
  one/           a one-file repository (startup).
  live/          a repository whose --live plan has 100 probes, with two GOPROXY entries
                 written as 127.0.0.1:@PROXY1@ / @PROXY2@ (the runner fills in the ports).
  manifest.json  what was written (counts, bytes).
  dockerfiles.files, monorepo.files
                 the files of (a) and (b) the checker reads (relative to their directory,
                 sorted): the native runner reads these, the CLI must find the same.

Generating again with the same arguments gives the same bytes; an existing DIR is replaced.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

SEED = 20261123
GO_VERSIONS = ["1.21", "1.22", "1.23", "1.24", "1.25"]
BASES = ["bookworm", "alpine", "alpine3.20", "bullseye", ""]
PUBLIC_MODULES = [
    ("github.com/spf13/cobra", "v1.8.1"),
    ("github.com/stretchr/testify", "v1.9.0"),
    ("golang.org/x/sync", "v0.8.0"),
    ("golang.org/x/net", "v0.30.0"),
    ("google.golang.org/grpc", "v1.67.1"),
    ("github.com/prometheus/client_golang", "v1.20.5"),
    ("github.com/rs/zerolog", "v1.33.0"),
    ("github.com/google/uuid", "v1.6.0"),
    ("go.uber.org/zap", "v1.27.0"),
    ("github.com/jackc/pgx/v5", "v5.7.1"),
    ("github.com/BurntSushi/toml", "v1.4.0"),
    ("gopkg.in/yaml.v3", "v3.0.1"),
]
PRIVATE_HOSTS = ["git.corp.example", "gitlab.acme.example", "github.com/acme-internal"]
PROXIES = [
    "https://proxy.golang.org,direct",
    "https://goproxy.io,direct",
    "https://athens.corp.example|https://proxy.golang.org|direct",
    "https://goproxy.corp.example,https://proxy.golang.org,direct",
    "https://artifactory.corp.example/api/go/go-virtual,direct",
]
# Settings with a mistake in them (each finds at least one rule).
MISTAKES = [
    ("GOSUMDB", "off"),
    ("GOPROXY", "https://proxy.golang.org;direct"),
    ("GOPROXY", "direct,https://proxy.golang.org"),
    ("GOPROXY", "http://goproxy.corp.example,direct"),
    ("GOPROXY", "https://ci:s3cr3t@goproxy.corp.example,direct"),
    ("GONOSUMDB", "github.com"),
    ("GOFLAGS", "-insecure"),
    ("GO_PRIVATE", "git.corp.example"),
    ("GOPRIVATE", "git.corp.example/*/"),
    ("GOINSECURE", "*"),
]


def dockerfile(rng: random.Random, n: int, modules: list[str] | None = None) -> str:
    """One realistic multi-stage Go Dockerfile; `n` names the service."""
    go = rng.choice(GO_VERSIONS)
    base = rng.choice(BASES)
    tag = f"{go}-{base}" if base else go
    svc = f"svc{n:04d}"
    private = rng.choice(PRIVATE_HOSTS)
    lines: list[str] = []
    buildkit = rng.random() < 0.6
    if buildkit:
        lines.append("# syntax=docker/dockerfile:1.7")
    if rng.random() < 0.5:
        lines += [f"ARG GO_VERSION={go}", f"FROM golang:${{GO_VERSION}}{'-' + base if base else ''} AS build"]
    else:
        lines.append(f"FROM golang:{tag} AS build")
    lines.append("WORKDIR /src")
    if base.startswith("alpine"):
        lines.append("RUN apk add --no-cache git ca-certificates tzdata")
    else:
        lines += [
            "RUN apt-get update \\",
            "    && apt-get install -y --no-install-recommends git ca-certificates \\",
            "    && rm -rf /var/lib/apt/lists/*",
        ]
    if rng.random() < 0.4:
        lines += ["ARG GOPROXY", "ARG GOPRIVATE"]
    env = [("GOPROXY", rng.choice(PROXIES)), ("GOPRIVATE", private)]
    roll = rng.random()
    if roll < 0.3:
        env.append(("GOFLAGS", rng.choice(["-mod=mod", "-mod=readonly", "-trimpath", "-buildvcs=false"])))
    if roll < 0.1:
        env.append(("GONOSUMDB", private))
    if rng.random() < 0.25:
        env.append(rng.choice(MISTAKES))
    env.append(("CGO_ENABLED", "0"))
    lines.append("ENV " + " \\\n    ".join(f"{k}={v}" for k, v in env))
    token = rng.random() < 0.15
    if token:
        lines += [
            "ARG GITLAB_TOKEN",
            f'RUN git config --global url."https://oauth2:${{GITLAB_TOKEN}}@{private.split("/")[0]}/".insteadOf "https://{private.split("/")[0]}/"',
        ]
    elif rng.random() < 0.1:
        lines.append(f'RUN echo "machine {private.split("/")[0]} login ci password $CI_TOKEN" > /root/.netrc')
    late = rng.random() < 0.15  # download after COPY . . (GPD401)
    if not late:
        lines.append("COPY go.mod go.sum ./")
        if buildkit and rng.random() < 0.7:
            lines += [
                "RUN --mount=type=cache,target=/go/pkg/mod \\",
                "    --mount=type=cache,target=/root/.cache/go-build \\",
                "    go mod download",
            ]
        else:
            lines.append("RUN go mod download && go mod verify")
    lines.append("COPY . .")
    if late:
        lines.append("RUN go mod download")
    if buildkit and rng.random() < 0.3:
        lines += [
            "RUN <<EOF",
            "set -eux",
            "go vet ./...",
            f"go build -trimpath -ldflags='-s -w -X main.version={n}' -o /out/{svc} ./cmd/{svc}",
            "EOF",
        ]
    else:
        lines += [
            f"RUN go test ./... \\",
            f"    && go build -trimpath \\",
            f"       -ldflags='-s -w -X main.version={n}' \\",
            f"       -o /out/{svc} ./cmd/{svc}",
        ]
    if modules:
        lines.append(f"RUN go install {rng.choice(modules)}@latest")
    lines.append("")
    final = rng.choice(["gcr.io/distroless/static-debian12:nonroot", "alpine:3.20", "scratch", "debian:bookworm-slim"])
    lines.append(f"FROM {final}")
    if final.startswith("alpine"):
        lines.append("RUN apk add --no-cache ca-certificates && adduser -D -u 10001 app")
        lines.append("USER app")
    if final == "scratch":
        lines.append("COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/")
    lines += [
        f"COPY --from=build /out/{svc} /usr/local/bin/{svc}",
        f"EXPOSE {8000 + n % 1000}",
        f'HEALTHCHECK --interval=30s CMD ["/usr/local/bin/{svc}", "health"]',
        f'ENTRYPOINT ["/usr/local/bin/{svc}"]',
        "",
    ]
    return "\n".join(lines)


def go_mod(rng: random.Random, path: str) -> tuple[str, str]:
    go = rng.choice(GO_VERSIONS)
    reqs = rng.sample(PUBLIC_MODULES, rng.randint(2, 7))
    private = rng.choice(PRIVATE_HOSTS)
    if rng.random() < 0.5:
        reqs.append((f"{private}/platform/lib{rng.randint(1, 40)}", f"v1.{rng.randint(0, 9)}.{rng.randint(0, 20)}"))
    mod = [f"module {path}", "", f"go {go}", "", "require ("]
    mod += [f"\t{m} {v}" for m, v in reqs]
    mod += [")", ""]
    if rng.random() < 0.1:
        mod += [f"replace {reqs[0][0]} => ../forks/{reqs[0][0].rsplit('/', 1)[-1]}", ""]
    h = lambda: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43)) + "="
    summ = "".join(f"{m} {v} h1:{h()}\n{m} {v}/go.mod h1:{h()}\n" for m, v in reqs)
    return "\n".join(mod), summ


def env_file(rng: random.Random) -> str:
    lines = ["# local development settings", f"APP_PORT={rng.randint(3000, 9000)}", "LOG_LEVEL=debug"]
    lines.append(f"GOPROXY={rng.choice(PROXIES)}")
    lines.append(f"GOPRIVATE={rng.choice(PRIVATE_HOSTS)}")
    if rng.random() < 0.2:
        k, v = rng.choice(MISTAKES)
        lines.append(f"{k}={v}")
    lines.append("DATABASE_URL=postgres://app@localhost:5432/app?sslmode=disable")
    return "\n".join(lines) + "\n"


def workflow(rng: random.Random, n: int, dirs: list[str]) -> str:
    go = rng.choice(GO_VERSIONS)
    d = rng.choice(dirs)
    env_lines = f"      GOPROXY: {rng.choice(PROXIES)}\n      GOPRIVATE: {rng.choice(PRIVATE_HOSTS)}\n"
    if rng.random() < 0.2:
        k, v = rng.choice(MISTAKES)
        env_lines += f"      {k}: '{v}'\n"
    return f"""name: ci-{n}
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    env:
{env_lines}    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: '{go}.x'
          cache-dependency-path: {d}/go.sum
      - run: go mod download
        working-directory: {d}
      - run: |
          go vet ./...
          go test -race ./...
        working-directory: {d}
"""


def gitlab_ci(rng: random.Random, dirs: list[str]) -> str:
    jobs = []
    for i, d in enumerate(rng.sample(dirs, 8)):
        jobs.append(f"""test-{i}:
  stage: test
  image: golang:{rng.choice(GO_VERSIONS)}
  variables:
    GOPROXY: "{rng.choice(PROXIES)}"
    GOPRIVATE: "{rng.choice(PRIVATE_HOSTS)}"
  script:
    - cd {d}
    - go mod download
    - go test ./...
""")
    return "stages: [test, build]\n\nvariables:\n  GOFLAGS: -mod=readonly\n\n" + "\n".join(jobs)


GO_SOURCE = """package {pkg}

import (
\t"context"
\t"fmt"
\t"time"
)

// {typ} handles {what}.
type {typ} struct {{
\tname    string
\ttimeout time.Duration
}}

// New{typ} returns a {typ} named name.
func New{typ}(name string) *{typ} {{
\treturn &{typ}{{name: name, timeout: {n} * time.Millisecond}}
}}

// Run does the work once.
func (x *{typ}) Run(ctx context.Context) error {{
\tctx, cancel := context.WithTimeout(ctx, x.timeout)
\tdefer cancel()
\tselect {{
\tcase <-ctx.Done():
\t\treturn fmt.Errorf("%s: %w", x.name, ctx.Err())
\tdefault:
\t\treturn nil
\t}}
}}
"""


def write(path: Path, text: str | bytes) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode() if isinstance(text, str) else text
    path.write_bytes(data)
    return len(data)


def corpus_a(rng: random.Random, root: Path) -> dict:
    total = 0
    listed = []
    for n in range(1, 1001):
        rel = f"svc-{n:04d}/Dockerfile"
        total += write(root / rel, dockerfile(rng, n))
        listed.append(rel)
    return {"files": 1000, "candidates": 1000, "bytes": total, "listed": listed}


def corpus_b(rng: random.Random, root: Path) -> dict:
    files = 0
    candidates = 0
    total = 0
    listed = []

    def put(rel: str, text: str, candidate: bool) -> None:
        nonlocal files, candidates, total
        total += write(root / rel, text)
        files += 1
        candidates += candidate
        if candidate:
            listed.append(rel)

    put(".gitignore", "# build output\n/dist/\n*.log\ntmp/\n.env.local\n", False)
    put("README.md", "# monorepo\n\nServices, libraries and tools.\n", False)
    mod_dirs = []
    for i in range(200):
        d = f"services/svc{i:03d}" if i < 150 else f"libs/lib{i:03d}"
        mod_dirs.append(d)
        mod, summ = go_mod(rng, f"git.corp.example/platform/{d}")
        put(f"{d}/go.mod", mod, True)
        put(f"{d}/go.sum", summ, True)
    for i in range(300):
        d = mod_dirs[i % 150]
        name = "Dockerfile" if i < 150 else f"Dockerfile.{['debug', 'ci'][i % 2]}" if i < 250 else f"deploy/{i}.Dockerfile"
        put(f"{d}/{name}", dockerfile(rng, i, [m for m, _ in PUBLIC_MODULES]), True)
    for i in range(100):
        d = mod_dirs[i]
        name = ".env" if i < 60 else f"config/{['dev', 'staging', 'prod'][i % 3]}.env"
        put(f"{d}/{name}", env_file(rng), True)
    for i in range(20):
        put(f".github/workflows/ci-{i:02d}.yml", workflow(rng, i, mod_dirs), True)
    put(".gitlab-ci.yml", gitlab_ci(rng, mod_dirs), True)
    # ignored by .gitignore or never entered: must not be read
    for i in range(40):
        put(f"dist/build{i}/Dockerfile", dockerfile(rng, i), False)
        put(f"services/svc{i:03d}/tmp/Dockerfile", dockerfile(rng, i), False)
        put(f"services/svc{i:03d}/.env.local", env_file(rng), False)
        put(f"web/node_modules/pkg{i}/Dockerfile", dockerfile(rng, i), False)
    # the rest: sources and documents nobody needs to read
    kinds = ["go", "go", "go", "md", "json"]
    i = 0
    while files < 20000:
        d = mod_dirs[i % 200]
        kind = kinds[i % len(kinds)]
        if kind == "go":
            pkg = f"pkg{i % 37}"
            put(f"{d}/internal/{pkg}/file{i}.go", GO_SOURCE.format(pkg=pkg, typ=f"Worker{i}", what="jobs", n=i % 900 + 100), False)
        elif kind == "md":
            put(f"{d}/docs/note{i}.md", f"# Note {i}\n\nSee `{d}` for the service code.\n" * 3, False)
        else:
            put(f"{d}/testdata/case{i}.json", json.dumps({"id": i, "name": f"case {i}", "tags": ["a", "b"]}, indent=2), False)
        i += 1
    return {"files": files, "candidates": candidates, "bytes": total, "listed": listed}


def corpus_c(rng: random.Random, root: Path, size: int) -> dict:
    """One Dockerfile-like file of `size` bytes: stages of realistic instructions."""
    parts: list[str] = []
    total = 0
    n = 0
    while total < size:
        text = dockerfile(rng, n).replace("AS build", f"AS build{n}").replace("--from=build ", f"--from=build{n} ")
        parts.append(text)
        total += len(text)
        n += 1
    data = "".join(parts).encode()[:size]
    data = data[: data.rfind(b"\n") + 1]
    write(root / "Dockerfile", data)
    return {"files": 1, "candidates": 1, "bytes": len(data), "stages": n}


def corpus_one(rng: random.Random, root: Path) -> dict:
    return {"files": 1, "candidates": 1, "bytes": write(root / "Dockerfile", dockerfile(rng, 1))}


def corpus_live(root: Path, modules: int) -> dict:
    """`modules` public requirements behind two GOPROXY entries: 2 x modules probes."""
    reqs = "".join(f"\texample.com/bench/mod{i:03d} v1.0.{i}\n" for i in range(modules))
    write(root / "go.mod", f"module example.com/bench/app\n\ngo 1.22\n\nrequire (\n{reqs})\n")
    write(root / "go.sum", "")
    write(
        root / "Dockerfile",
        "FROM golang:1.22 AS build\nWORKDIR /src\n"
        "ENV GOPROXY=http://127.0.0.1:@PROXY1@,http://127.0.0.1:@PROXY2@ GOSUMDB=off\n"
        "COPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /app .\n",
    )
    return {"files": 3, "candidates": 3, "probes": 2 * modules}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=".cache/bench/corpus", help="where to write (replaced)")
    ap.add_argument("--huge-mb", type=int, default=50, help="size of corpus (c) in MB (10^6 bytes)")
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    manifest = {
        "seed": SEED,
        "dockerfiles": corpus_a(random.Random(SEED), out / "dockerfiles"),
        "monorepo": corpus_b(random.Random(SEED + 1), out / "monorepo"),
        "huge": corpus_c(random.Random(SEED + 2), out / "huge", args.huge_mb * 1_000_000),
        "one": corpus_one(random.Random(SEED + 3), out / "one"),
        "live": corpus_live(out / "live", 50),
    }
    for name in ("dockerfiles", "monorepo"):
        listed = sorted(manifest[name].pop("listed"))
        (out / f"{name}.files").write_text("".join(f + "\n" for f in listed))
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
