0module git.corp.example/platform/api

go 1.23

require (
	git.corp.example/platform/shim v0.0.0
	github.com/google/uuid v1.6.0
)

replace git.corp.example/platform/shim => ./internal/shim
