0module github.com/acme-example/scheduler

go 1.24.0

require (
	github.com/google/uuid v1.6.0
	golang.org/x/sync v0.7.0
)
