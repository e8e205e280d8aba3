// Command api serves the ACME platform API. It exists so that this example looks like a real
// repository; goproxy-doctor reads the Dockerfile, the env file and go.mod around it.
package main

import (
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	log.Fatal(http.ListenAndServe(":8080", nil))
}
