git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"
--mount=type=cache,target=/go/pkg/mod go mod download
--mount=type=cache,target=/go/pkg/mod \
apk add --no-cache ca-certificates
