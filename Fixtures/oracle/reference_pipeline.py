"""The Python pipeline users write today: regular expressions and a NetworkX projection.

`plangraph-bench` runs it on the same generated corpus as `plangraph export` and prints how
much longer it takes (the README's Performance section); it is the reference the speed goals
are stated against, not an oracle of values:

    python3 reference_pipeline.py CORPUS_FOLDER OUT_FOLDER

For every file it reads the text (UTF-8, else GB18030), takes numbered tasks (`12.…`), their
牵头领导 / 牵头单位 / 责任单位 lines and the names in them split at 、 , ;, builds one bipartite
graph of tasks and units per plan with NetworkX, projects it onto units
(`bipartite.weighted_projected_graph`) and writes tasks.csv, assignments.csv,
coresponsibility_edges.csv and unit_degree.csv. When PLANGRAPH_PEAK_FILE is set (the benchmark
sets it) its peak memory (VmHWM) is written there, as PlanGraph's processes do.
"""

import csv
import os
import re
import sys

import networkx as nx
from networkx.algorithms import bipartite

TASK = re.compile(r"^\s*(\d{1,3})[.、．](.+)")
FIELD = re.compile(r"^\s*(牵头领导|牵头单位|责任单位|配合单位)[:：](.*)")
SPLIT = re.compile(r"[、,，;；]")


def read(path):
    data = open(path, "rb").read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def main(corpus, out):
    os.makedirs(out, exist_ok=True)
    files = sorted(f for f in os.listdir(corpus) if not f.startswith("."))
    with open(f"{out}/tasks.csv", "w", newline="", encoding="utf-8") as tasks_file, \
            open(f"{out}/assignments.csv", "w", newline="", encoding="utf-8") as assignments_file, \
            open(f"{out}/coresponsibility_edges.csv", "w", newline="", encoding="utf-8") as edges_file, \
            open(f"{out}/unit_degree.csv", "w", newline="", encoding="utf-8") as degree_file:
        tasks_csv, assignments_csv = csv.writer(tasks_file), csv.writer(assignments_file)
        edges_csv, degree_csv = csv.writer(edges_file), csv.writer(degree_file)
        tasks_csv.writerow(["doc_id", "task", "text"])
        assignments_csv.writerow(["doc_id", "task", "role", "name"])
        edges_csv.writerow(["doc_id", "unit_a", "unit_b", "weight"])
        degree_csv.writerow(["doc_id", "unit", "degree"])
        for name in files:
            doc = os.path.splitext(name)[0]
            graph = nx.Graph()
            units = set()
            task = None
            for line in read(os.path.join(corpus, name)).splitlines():
                match = TASK.match(line)
                if match:
                    task = f"{doc}#{match.group(1)}"
                    graph.add_node(task, bipartite=0)
                    tasks_csv.writerow([doc, task, match.group(2).strip()])
                    continue
                match = FIELD.match(line)
                if not match or task is None:
                    continue
                role = match.group(1)
                for unit in SPLIT.split(match.group(2)):
                    unit = unit.strip(" 。.")
                    if not unit:
                        continue
                    assignments_csv.writerow([doc, task, role, unit])
                    if role != "牵头领导":
                        units.add(unit)
                        graph.add_node(unit, bipartite=1)
                        graph.add_edge(task, unit)
            if not units:
                # A layout the regular expressions do not read (brackets, tables): no units.
                continue
            projected = bipartite.weighted_projected_graph(graph, units)
            for a, b, data in projected.edges(data=True):
                edges_csv.writerow([doc, a, b, data["weight"]])
            for unit, degree in projected.degree():
                degree_csv.writerow([doc, unit, degree])


def report_peak():
    path = os.environ.get("PLANGRAPH_PEAK_FILE")
    if not path:
        return
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                with open(path, "w") as out:
                    out.write(str(int(line.split()[1]) * 1024))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
    report_peak()
