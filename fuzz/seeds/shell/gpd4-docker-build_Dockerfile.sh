go env -w "GOPROXY=https://athens.corp.example|direct"
go build -o /out/api ./cmd/api
