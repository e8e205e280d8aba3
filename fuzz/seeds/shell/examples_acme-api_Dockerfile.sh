git config --global url."https://oauth2:${GITLAB_TOKEN}@git.acme.example/".insteadOf "https://git.acme.example/"
go mod download && go build -o /out/api ./cmd/api
