0module github.com/acme-example/notifier

go 1.23

require (
	github.com/acme-example/auth v1.2.0
	github.com/google/uuid v1.6.0
)
