0module git.acme.example/platform/api

go 1.24.2

require (
	git.acme.example/platform/auth v1.4.2
	github.com/go-chi/chi/v5 v5.1.0
)
