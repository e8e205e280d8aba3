go env -w "GOPROXY=https://athens.corp.example|direct"
--mount=type=cache,target=/go/pkg/mod go mod download
--mount=type=cache,target=/go/pkg/mod \
