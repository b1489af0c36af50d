"""NumPy peer for bench/complexity.ts: the economic-complexity quantities of the Growth Lab's
py-ecomplexity (Hidalgo & Hausmann 2009; Hidalgo et al. 2007; Hausmann et al., The Atlas of
Economic Complexity) computed with NumPy (`complexity()` of test/complexity/reference/numpy_reference.py)
on a dense location x product table, timed without the CSV
reading (and once more including the pivot from rows to the dense table). RCA, M (RCA >= 1), diversity, ubiquity, ECI/PCI from the eigenvector of the second largest
eigenvalue, discrete symmetric proximity, density, COI and COG, normalised like the Stata
`ecomplexity` command (sd over the location x product table, n - 1).

Also the process CPU time of the computation on the dense table (all BLAS threads together), which
a shared machine's load disturbs less than the wall-clock time.

Two ways to get the eigenvector, both timed:
  product   np.linalg.eig of Mpp = U^-1 M^T D^-1 M (np x np), as py-ecomplexity does;
  location  np.linalg.eig of Mcc = D^-1 M U^-1 M^T (nc x nc), the smaller problem, kp = U^-1 M^T kc / lambda.
Usage: python3 complexity_numpy.py TABLE.csv [REPEATS] [SPACES]  (columns location,product,value; SPACES
comma-separated, default product,location; prints JSON)
"""
import json
import os
import sys
import time

import numpy as np

# The formulas live once, in the test's NumPy reference; this script only reads, pivots and times.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "complexity", "reference"))
from numpy_reference import complexity  # noqa: E402


def read(path):
    """The CSV as three lists (not timed)."""
    locs, prods, vals = [], [], []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            l, p, v = line.rstrip("\n").split(",")
            locs.append(l)
            prods.append(p)
            vals.append(float(v))
    return locs, prods, vals


def pivot(locs, prods, vals):
    """Rows to the dense location x product table (what Rantai's table.ts does from its rows)."""
    li = {l: i for i, l in enumerate(sorted(set(locs)))}
    pi = {p: i for i, p in enumerate(sorted(set(prods)))}
    X = np.zeros((len(li), len(pi)))
    for l, p, v in zip(locs, prods, vals):
        X[li[l], pi[p]] = v
    return X


rows = read(sys.argv[1])
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
spaces = sys.argv[3].split(",") if len(sys.argv) > 3 else ["product", "location"]
X = pivot(*rows)
out = {"numpy": np.__version__, "locations": X.shape[0], "products": X.shape[1]}
for space in spaces:
    times, with_pivot, cpu = [], [], []
    for _ in range(repeats):
        t = time.perf_counter()
        table = pivot(*rows)
        t1 = time.perf_counter()
        c1 = time.process_time()
        result = complexity(table, space)
        c2 = time.process_time()
        t2 = time.perf_counter()
        times.append(t2 - t1)
        with_pivot.append(t2 - t)
        cpu.append(c2 - c1)
    out[space] = {"seconds": times, "secondsFromRows": with_pivot, "cpuSeconds": cpu, "eci": result["eci"].tolist(), "pci": result["pci"].tolist()}
print(json.dumps(out))
