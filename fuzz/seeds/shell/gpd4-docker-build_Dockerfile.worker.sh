go mod download
go build -o /out/worker ./cmd/worker
