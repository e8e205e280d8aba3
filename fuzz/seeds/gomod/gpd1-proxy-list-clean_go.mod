0module git.corp.example/platform/billing

go 1.23

require (
	github.com/google/uuid v1.6.0
	golang.org/x/sync v0.7.0
)
