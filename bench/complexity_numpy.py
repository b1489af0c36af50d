"""NumPy peer for bench/complexity.ts: the economic-complexity quantities of the Growth Lab's
py-ecomplexity (Hidalgo & Hausmann 2009; Hidalgo et al. 2007; Hausmann et al., The Atlas of
Economic Complexity) computed with NumPy on a dense location x product table, timed without the CSV
reading (and once more including the pivot from rows to the dense table). RCA, M (RCA >= 1), diversity, ubiquity, ECI/PCI from the eigenvector of the second largest
eigenvalue, discrete symmetric proximity, density, COI and COG, normalised like the Stata
`ecomplexity` command (sd over the location x product table, n - 1).

Two ways to get the eigenvector, both timed:
  product   np.linalg.eig of Mpp = U^-1 M^T D^-1 M (np x np), as py-ecomplexity does;
  location  np.linalg.eig of Mcc = D^-1 M U^-1 M^T (nc x nc), the smaller problem, kp = U^-1 M^T kc / lambda.
Usage: python3 complexity_numpy.py TABLE.csv [REPEATS]  (columns location,product,value; prints JSON)
"""
import json
import sys
import time

import numpy as np


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


def complexity(X, space):
    nc, npr = X.shape
    rca = (X / X.sum(1)[:, None]) / (X.sum(0)[None, :] / X.sum())
    M = (rca >= 1).astype(float)
    div, ubi = M.sum(1), M.sum(0)
    mcp1, mcp2 = M / div[:, None], M / ubi[None, :]
    if space == "product":
        vals, vecs = np.linalg.eig(mcp2.T @ mcp1)
        kp = np.real(vecs[:, vals.real.argsort()[-2]])
        kc = mcp1 @ kp
    else:
        vals, vecs = np.linalg.eig(mcp1 @ mcp2.T)
        second = vals.real.argsort()[-2]
        kc = np.real(vecs[:, second])
        kp = mcp2.T @ kc / vals.real[second]
    s = np.sign(np.corrcoef(div, kc)[0, 1])
    kc, kp = s * kc, s * kp
    phi = (M.T @ M) / ubi[None, :]
    np.fill_diagonal(phi, 0)
    phi = np.minimum(phi, phi.T)
    density = M @ (phi.T / phi.sum(1)[None, :])
    coi = ((density * (1 - M)) * kp).sum(1)
    cog = (1 - M) * ((1 - M) @ (phi * (kp / phi.sum(1))[:, None]))
    sd = np.sqrt(npr * ((kc - kc.mean()) ** 2).sum() / (nc * npr - 1))
    eci = (kc - kc.mean()) / sd
    pci = (kp - kc.mean()) / sd
    coi_sd = np.sqrt(npr * ((coi - coi.mean()) ** 2).sum() / (nc * npr - 1))
    return eci, pci, (coi - coi.mean()) / coi_sd, cog / sd, density


rows = read(sys.argv[1])
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
X = pivot(*rows)
out = {"numpy": np.__version__, "locations": X.shape[0], "products": X.shape[1]}
for space in ("product", "location"):
    times, with_pivot = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        table = pivot(*rows)
        t1 = time.perf_counter()
        eci, pci, coi, cog, density = complexity(table, space)
        t2 = time.perf_counter()
        times.append(t2 - t1)
        with_pivot.append(t2 - t)
    out[space] = {"seconds": times, "secondsFromRows": with_pivot, "eci": eci.tolist(), "pci": pci.tolist()}
print(json.dumps(out))
