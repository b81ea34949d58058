"""Load for bench/pages_bench.py: one scenario per run, named by BENCH_SCENARIO,
with the learners' sessions and addresses in the JSON file BENCH_PLAN."""

import itertools
import json
import os

from locust import HttpUser, constant, task

PLAN = json.loads(open(os.environ["BENCH_PLAN"], encoding="utf-8").read())  # noqa: SIM115
SCENARIO = os.environ["BENCH_SCENARIO"]
LEARNERS = itertools.cycle(PLAN["learners"])


class Visitor(HttpUser):
    wait_time = constant(0)

    def on_start(self):
        self.me = next(LEARNERS)
        if SCENARIO in {"dashboard", "lesson", "quiz", "lesson_done", "quiz_save"}:
            self.client.cookies.set("sessionid", self.me["session"])
            self.client.cookies.set("csrftoken", self.me["csrf"])

    def _post(self, path, **kwargs):
        headers = {"X-CSRFToken": self.me["csrf"], "Referer": self.host + path}
        return self.client.post(path, headers=headers, name=SCENARIO, **kwargs)

    @task
    def visit(self):
        if SCENARIO == "reference":
            self.client.get("/bench/no-database/", name=SCENARIO)
        elif SCENARIO == "catalog":
            self.client.get(PLAN["catalog"], name=SCENARIO)
        elif SCENARIO == "course":
            self.client.get(PLAN["course"], name=SCENARIO)
        elif SCENARIO == "dashboard":
            self.client.get("/learning/", name=SCENARIO)
        elif SCENARIO == "lesson":
            self.client.get(self.me["lesson"], name=SCENARIO)
        elif SCENARIO == "quiz":
            self.client.get(self.me["attempt"], name=SCENARIO)
        elif SCENARIO == "lesson_done":
            with self._post(
                self.me["lesson_done"], allow_redirects=False, catch_response=True
            ) as r:
                if r.status_code != 302:
                    r.failure(f"answered {r.status_code}")
        elif SCENARIO == "quiz_save":
            body = json.dumps({"answer": {"choice": self.me["choice"]}})
            with self.client.post(
                self.me["save_one"],
                data=body,
                name=SCENARIO,
                catch_response=True,
                headers={
                    "X-CSRFToken": self.me["csrf"],
                    "Content-Type": "application/json",
                    "Referer": self.host + self.me["save_one"],
                },
            ) as r:
                if r.status_code != 200:
                    r.failure(f"answered {r.status_code}")
