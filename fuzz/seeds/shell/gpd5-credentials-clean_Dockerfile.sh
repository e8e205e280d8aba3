--mount=type=cache,target=/go/pkg/mod \
--mount=type=cache,target=/go/pkg/mod \
apk add --no-cache ca-certificates
