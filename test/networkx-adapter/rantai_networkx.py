"""pytest plugin: NetworkX's own test modules, answered by Rantai.

Loaded with `python3 -m pytest -p rantai_networkx <networkx test files>` (test/networkx-adapter/
networkx.test.ts does this, with RANTAI_URL pointing at a running Rantai server). Before the test
modules are imported, it replaces NetworkX's betweenness_centrality, edge_betweenness_centrality, pagerank (and the internal
_pagerank_python/_pagerank_scipy/_pagerank_numpy the PageRank tests import), google_matrix, louvain_communities,
louvain_partitions and the link-prediction functions with functions that send the test's graph to
POST /api/analysis/graph and turn the answer back into what NetworkX returns. NetworkX's own
assertions then check Rantai's answers.

How a NetworkX graph is sent: nodes as "n0", "n1", ... in G's node order (so that any node label,
3 and "3" included, survives JSON), all listed in `nodes` (NetworkX's node order), edges in
G.edges() order with the weight attribute as a third element where the edge has it;
`multigraph`/`directed` from the graph's class. A refusal carries details.networkx, the NetworkX
exception for the same input, which is raised here.

Cases that are out of scope would be skipped with their reason (OUT_OF_SCOPE below; none since the
route answers nx.google_matrix too); the vitest side counts them.
"""

import json
import os
import urllib.error
import urllib.request

import networkx as nx
import numpy as np
import pytest
from networkx.algorithms.community import louvain as louvain_module
from networkx.algorithms.link_analysis import pagerank_alg

URL = os.environ.get("RANTAI_URL", "http://127.0.0.1:8080") + "/api/analysis/graph"

OUT_OF_SCOPE: dict[str, str] = {}

CALLS = {"requests": 0}


class Encoded:
    def __init__(self, G):
        self.nodes = list(G.nodes())
        self.id_of = {n: f"n{i}" for i, n in enumerate(self.nodes)}
        self.node_of = {f"n{i}": n for i, n in enumerate(self.nodes)}
        self.G = G

    def id(self, node):
        # A node that is not in G gets an id no node has: Rantai answers NodeNotFound for it.
        return self.id_of.get(node, "missing:" + repr(node))

    def body(self, weight=None):
        G = self.G
        edges = []
        data = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
        for e in data:
            u, v, d = e[0], e[1], e[-1]
            edge = [self.id_of[u], self.id_of[v]]
            if weight is not None and weight in d:
                edge.append(d[weight])
            edges.append(edge)
        return {
            "directed": G.is_directed(),
            "multigraph": G.is_multigraph(),
            "nodes": [self.id_of[n] for n in self.nodes],
            "edges": edges,
        }

    def values(self, answer):
        return {self.node_of[k]: (float("nan") if v is None else v) for k, v in answer.items()}


def post(body):
    CALLS["requests"] += 1
    request = urllib.request.Request(URL, data=json.dumps(body).encode(), headers={"content-type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            answer = json.load(response)
    except urllib.error.HTTPError as error:
        problem = json.load(error)["error"]
        raise_networkx_error(problem)
    return perturbed(answer) if os.environ.get("RANTAI_PERTURB") else answer


def perturbed(answer):
    """The control run: slightly wrong answers, which NetworkX's assertions must catch."""
    shift = lambda x: None if x is None else x * 1.1 + 0.01
    for key in ("betweenness", "pagerank"):
        if key in answer:
            answer[key] = {k: shift(v) for k, v in answer[key].items()}
    if "googleMatrix" in answer:
        answer["googleMatrix"]["matrix"] = [[shift(x) for x in row] for row in answer["googleMatrix"]["matrix"]]
    if "edgeBetweenness" in answer:
        answer["edgeBetweenness"] = [row[:-1] + [shift(row[-1])] for row in answer["edgeBetweenness"]]
    if "linkPrediction" in answer:
        answer["linkPrediction"] = [[u, v, shift(x)] for u, v, x in answer["linkPrediction"]]
    if "louvain" in answer:
        c = answer["louvain"]["communities"]
        if len(c) > 1:
            c[0].append(c[1].pop())
        answer["louvain"]["communities"] = [x for x in c if x]
    return answer


def raise_networkx_error(problem):
    kind = (problem.get("details") or {}).get("networkx")
    message = problem["message"]
    if kind == "NodeNotFound":
        raise nx.NodeNotFound(message)
    if kind == "NetworkXNotImplemented":
        raise nx.NetworkXNotImplemented(message)
    if kind == "NetworkXAlgorithmError":
        raise nx.NetworkXAlgorithmError(message)
    if kind == "NetworkXError":
        raise nx.NetworkXError(message)
    if kind == "PowerIterationFailedConvergence":
        raise nx.PowerIterationFailedConvergence(0)
    if kind == "ZeroDivisionError":
        raise ZeroDivisionError(message)
    if kind == "ValueError":
        raise ValueError(message)
    raise RuntimeError(f"Rantai refused the request: {problem['code']}: {message}")


def seed_of(seed):
    if seed is None:
        return {}
    if isinstance(seed, int):
        return {"seed": seed}
    raise RuntimeError("only integer seeds can be sent to Rantai")


# --- betweenness -------------------------------------------------------------------------------


def betweenness_centrality(G, k=None, normalized=True, weight=None, endpoints=False, seed=None):
    enc = Encoded(G)
    options = {"normalized": normalized, "weight": weight is not None, "endpoints": endpoints, "k": k, **seed_of(seed)}
    answer = post({**enc.body(weight), "metrics": {"betweenness": options}})
    return enc.values(answer["betweenness"])


def edge_betweenness_centrality(G, k=None, normalized=True, weight=None, seed=None):
    enc = Encoded(G)
    options = {"normalized": normalized, "weight": weight is not None, "k": k, **seed_of(seed)}
    answer = post({**enc.body(weight), "metrics": {"edgeBetweenness": options}})
    out = {}
    for row in answer["edgeBetweenness"]:
        u, v = enc.node_of[row[0]], enc.node_of[row[1]]
        if len(row) == 4:
            # Rantai's key is the position among the parallel edges in G.edges(keys=True) order.
            out[(u, v, list(G[u][v])[row[2]])] = row[3]
        else:
            out[(u, v)] = row[2]
    return out


# --- PageRank ----------------------------------------------------------------------------------


def pagerank(G, alpha=0.85, personalization=None, max_iter=100, tol=1.0e-6, nstart=None, weight="weight", dangling=None):
    enc = Encoded(G)
    as_ids = lambda d: None if d is None else {enc.id(k): v for k, v in d.items()}
    options = {
        "alpha": alpha,
        "personalization": as_ids(personalization),
        "max_iter": max_iter,
        "tol": tol,
        "nstart": as_ids(nstart),
        "weight": weight is not None,
        "dangling": as_ids(dangling),
    }
    answer = post({**enc.body(weight), "metrics": {"pagerank": options}})
    return enc.values(answer["pagerank"])


def pagerank_numpy(G, alpha=0.85, personalization=None, weight="weight", dangling=None):
    # NetworkX solves the eigenproblem exactly here; the route iterates to a tight tolerance.
    return pagerank(G, alpha=alpha, personalization=personalization, max_iter=100_000, tol=1e-12, weight=weight, dangling=dangling)


def google_matrix(G, alpha=0.85, personalization=None, nodelist=None, weight="weight", dangling=None):
    enc = Encoded(G)
    as_ids = lambda d: None if d is None else {enc.id(k): v for k, v in d.items()}
    options = {
        "alpha": alpha,
        "personalization": as_ids(personalization),
        "nodelist": None if nodelist is None else [enc.id(n) for n in nodelist],
        "weight": weight is not None,
        "dangling": as_ids(dangling),
    }
    answer = post({**enc.body(weight), "metrics": {"googleMatrix": options}})["googleMatrix"]
    if [enc.node_of[i] for i in answer["nodes"]] != (list(G) if nodelist is None else list(nodelist)):
        raise AssertionError("Rantai's rows are not in nodelist order")
    n = len(answer["nodes"])
    # NetworkX answers a 2D ndarray (shape (0, 0) for the empty graph).
    return np.array(answer["matrix"], dtype=float).reshape(n, n)


# --- Louvain -----------------------------------------------------------------------------------


def louvain_communities(G, weight="weight", resolution=1, threshold=0.0000001, max_level=None, seed=None):
    enc = Encoded(G)
    options = {"weight": weight is not None, "resolution": resolution, "threshold": threshold, "max_level": max_level, **seed_of(seed)}
    answer = post({**enc.body(weight), "metrics": {"louvain": options}})
    return [{enc.node_of[i] for i in c} for c in answer["louvain"]["communities"]]


def louvain_partitions(G, weight="weight", resolution=1, threshold=0.0000001, seed=None):
    # Each level's partition is louvain_communities with max_level = 1, 2, ...; two successive
    # levels differ whenever NetworkX yields both, so the first repeat is past the last level.
    previous = None
    level = 1
    while True:
        partition = louvain_communities(G, weight, resolution, threshold, level, seed)
        if previous is not None and partition == previous:
            return
        yield partition
        previous = [s.copy() for s in partition]
        level += 1


# --- link prediction ---------------------------------------------------------------------------


def link_function(name, **defaults):
    def predict(G, ebunch=None, *args, **kwargs):
        params = dict(defaults)
        names = list(defaults)
        for i, value in enumerate(args):
            params[names[i]] = value
        params.update(kwargs)
        enc = Encoded(G)
        request = {"method": name}
        community = params.pop("community", None)
        if community is not None:
            request["communities"] = {enc.id(n): d[community] for n, d in G.nodes(data=True) if community in d}
        if "alpha" in params:
            request["alpha"] = params.pop("alpha")
        if "delta" in params:
            request["delta"] = params.pop("delta")
        if ebunch is None:
            # nx.non_edges: every pair of distinct nodes that is not an edge; asked as the top k
            # with k = that number (the pairs scoring 0 come last), at least 1.
            n = len(G)
            edges = sum(1 for u, v in G.edges() if u != v) if not G.is_multigraph() else G.number_of_edges()
            request["top"] = max(1, n * (n - 1) // 2 - edges)
        else:
            request["pairs"] = [[enc.id(u), enc.id(v)] for u, v in ebunch]
        answer = post({**enc.body(), "linkPrediction": request})
        return iter([(enc.node_of[u], enc.node_of[v], s) for u, v, s in answer["linkPrediction"]])

    predict.__name__ = name
    return predict


LINK_FUNCTIONS = {
    "resource_allocation_index": link_function("resource_allocation_index"),
    "jaccard_coefficient": link_function("jaccard_coefficient"),
    "adamic_adar_index": link_function("adamic_adar_index"),
    "preferential_attachment": link_function("preferential_attachment"),
    "common_neighbor_centrality": link_function("common_neighbor_centrality", alpha=0.8),
    "cn_soundarajan_hopcroft": link_function("cn_soundarajan_hopcroft", community="community"),
    "ra_index_soundarajan_hopcroft": link_function("ra_index_soundarajan_hopcroft", community="community"),
    "within_inter_cluster": link_function("within_inter_cluster", delta=0.001, community="community"),
}


def install():
    nx.betweenness_centrality = betweenness_centrality
    nx.algorithms.centrality.betweenness_centrality = betweenness_centrality
    nx.edge_betweenness_centrality = edge_betweenness_centrality
    nx.algorithms.centrality.edge_betweenness_centrality = edge_betweenness_centrality
    nx.pagerank = pagerank
    pagerank_alg.pagerank = pagerank
    pagerank_alg._pagerank_python = pagerank
    pagerank_alg._pagerank_scipy = pagerank
    pagerank_alg._pagerank_numpy = pagerank_numpy
    nx.google_matrix = google_matrix
    pagerank_alg.google_matrix = google_matrix
    nx.community.louvain_communities = louvain_communities
    nx.community.louvain_partitions = louvain_partitions
    louvain_module.louvain_communities = louvain_communities
    louvain_module.louvain_partitions = louvain_partitions
    for name, fn in LINK_FUNCTIONS.items():
        setattr(nx, name, fn)
        setattr(nx.algorithms.link_prediction, name, fn)


install()


def pytest_collection_modifyitems(config, items):
    for item in items:
        for key, reason in OUT_OF_SCOPE.items():
            if f"::{key}" in item.nodeid or item.nodeid.endswith(f"::{key}") or f"::{key}[" in item.nodeid:
                item.add_marker(pytest.mark.skip(reason=f"out of scope: {reason}"))
                break


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(f"rantai: {CALLS['requests']} requests to {URL}")
