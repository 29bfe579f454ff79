"""Times betweenness on one network in NetworkX and python-igraph and checks PlanGraph's values.

Used by `plangraph-bench` (its betweenness row), not by the tests:

    python3 betweenness_compare.py EDGES VALUES

EDGES holds one `a b` pair of node numbers per line (the first line `n N` gives the node
count, so isolated nodes count), VALUES PlanGraph's normalized betweenness, one per line in node
order. Prints one JSON line: node and edge counts, seconds for NetworkX and igraph (igraph
`null` when it is not installed), and the largest absolute difference between PlanGraph's
values and NetworkX's (and igraph's, normalized the same way).
"""

import json
import sys
import time

import networkx as nx


def main(edges_path, values_path):
    with open(edges_path) as f:
        count = int(f.readline().split()[1])
        edges = [tuple(int(x) for x in line.split()) for line in f if line.strip()]
    with open(values_path) as f:
        ours = [float(line) for line in f if line.strip()]
    g = nx.Graph()
    g.add_nodes_from(range(count))
    g.add_edges_from(edges)
    start = time.perf_counter()
    nx_values = nx.betweenness_centrality(g, normalized=True)
    nx_seconds = time.perf_counter() - start
    result = {
        "nodes": count,
        "edges": g.number_of_edges(),
        "networkx_seconds": nx_seconds,
        "max_difference_networkx": max(abs(ours[v] - nx_values[v]) for v in range(count)),
        "igraph_seconds": None,
        "max_difference_igraph": None,
    }
    try:
        import igraph
    except ImportError:
        print(json.dumps(result))
        return
    ig = igraph.Graph(n=count, edges=edges)
    start = time.perf_counter()
    raw = ig.betweenness(directed=False)
    result["igraph_seconds"] = time.perf_counter() - start
    scale = 2 / ((count - 1) * (count - 2)) if count > 2 else 1
    result["max_difference_igraph"] = max(abs(ours[v] - raw[v] * scale) for v in range(count))
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
