#!/usr/bin/env python3
"""Compute NetworkX reference values for the co-responsibility networks of the fixture plans.

How the files in Fixtures/oracle/ were made (NetworkX 3.6.1, Python 3.11):

    swift run plangraph export Fixtures/plans --out /tmp/pg-out
    python3 Fixtures/oracle/networkx_oracle.py /tmp/pg-out Fixtures/oracle

It reads coresponsibility_nodes.csv (for the node list, isolates included) and
coresponsibility_edges.csv as exported, rebuilds each plan's graph with NetworkX and writes
<doc_id>-nodes.csv (degree, strength, betweenness, closeness, clustering) and
<doc_id>-summary.csv (density, components, average clustering, Louvain modularity over seeds
0-9). The Swift tests compare PlanGraph's own computation with these files.
"""
import csv
import sys
from collections import defaultdict

import networkx as nx

source, target = sys.argv[1], sys.argv[2]
graphs = defaultdict(nx.Graph)
with open(f"{source}/coresponsibility_nodes.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        graphs[row["doc_id"]].add_node(row["unit"])
with open(f"{source}/coresponsibility_edges.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        graphs[row["doc_id"]].add_edge(
            row["unit_a"], row["unit_b"], weight=float(row["weight"]),
            shared_tasks=int(row["shared_tasks"]))

for doc, g in sorted(graphs.items()):
    betweenness = nx.betweenness_centrality(g, normalized=True)
    closeness = nx.closeness_centrality(g)
    clustering = nx.clustering(g)
    strength = dict(g.degree(weight="weight"))
    with open(f"{target}/{doc}-nodes.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["unit", "degree", "strength", "betweenness", "closeness", "clustering"])
        for node in sorted(g.nodes):
            w.writerow([node, g.degree(node), repr(strength[node]), repr(betweenness[node]),
                        repr(closeness[node]), repr(clustering[node])])
    modularities = [
        nx.community.modularity(g, nx.community.louvain_communities(g, weight="weight", seed=s),
                                weight="weight")
        for s in range(10)
    ]
    with open(f"{target}/{doc}-summary.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["measure", "value"])
        w.writerow(["nodes", g.number_of_nodes()])
        w.writerow(["edges", g.number_of_edges()])
        w.writerow(["density", repr(nx.density(g))])
        w.writerow(["components", nx.number_connected_components(g)])
        w.writerow(["average_clustering", repr(nx.average_clustering(g))])
        w.writerow(["louvain_modularity_min", repr(min(modularities))])
        w.writerow(["louvain_modularity_max", repr(max(modularities))])
