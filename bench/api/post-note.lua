-- wrk: POST /v1/notes:parse with one typical note of the field (an archival document from a Moscow archive and
-- a monograph, with a signal and locators), as a reference manager's plugin sends it. Key: CITATIONS_BENCH_KEY.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("CITATIONS_BENCH_KEY")
wrk.body = '[{"n": 12, "text": "Memorandum of conversation between Khrushchev and Ulbricht, Nov. 30, 1958, TsKhSD, Fond 5, Opis 49, Delo 82, ll. 213–214; see also Hope M. Harrison, *Driving the Soviets up the Wall: Soviet-East German Relations, 1953–1961* (Princeton: Princeton University Press, 2003), 112–14."}]'
