-- wrk: GET /v1/references/{id} as JSON, with the bench key (CITATIONS_BENCH_KEY).
wrk.headers["Authorization"] = "Bearer " .. os.getenv("CITATIONS_BENCH_KEY")
wrk.headers["Accept"] = "application/json"
