--mount=type=cache,target=/go/pkg/mod go mod download
<<EOF
