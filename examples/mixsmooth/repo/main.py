"""Reproduce the MixSmooth experiments: Table 1 and the ablations of Section 5.

    python main.py [--config config.yaml] [--smoke] [--out results.json]

Full mode trains every dataset x method x seed of Section 4 and the Section 5 ablations,
prints mean +/- std over seeds and writes them to --out. --smoke runs every dataset and
method for the few batches of the config's `smoke` section and skips the ablations.
"""

import argparse
import json
from pathlib import Path

import numpy as np
import torch
import yaml
from data import load_dataset
from train import train_and_evaluate


def method_settings(m: dict, ablation: dict) -> tuple[dict, dict]:
    """Targets of the compared methods (Section 4.3) and of the ablations (Section 5).

    eps is the constant strength for ls and mixup_ls, eps0 for mixsmooth, unused otherwise.
    """
    eps = {"erm": 0.0, "ls": m["ls_eps"], "mixup": 0.0, "mixsmooth": m["eps0"]}
    compared = {n: {"method": n, "alpha": m["alpha"], "eps": eps[n]} for n in m["names"]}
    ablated = {
        f"mixsmooth_eps0={e}": {"method": "mixsmooth", "alpha": m["alpha"], "eps": e}
        for e in ablation["eps0_values"]
    }
    e = ablation["constant_eps"]
    ablated[f"mixup_ls_eps={e}"] = {"method": "mixup_ls", "alpha": m["alpha"], "eps": e}
    return compared, ablated


def run_grid(datasets: list, methods: dict, cfg: dict, seeds: list, **limits) -> dict:
    """Train every dataset x method x seed; return mean and std over seeds (in percent)."""
    results = {}
    for dataset in datasets:
        runs = {name: [] for name in methods}
        for seed in seeds:
            train, test = load_dataset(dataset, cfg["data"], seed)
            for name, method in methods.items():
                runs[name].append(train_and_evaluate(train, test, method, cfg, seed, **limits))
        results[dataset] = {
            name: {
                f"{metric}_{stat}": float(fn([run[metric] for run in per_seed]))
                for metric in ("accuracy", "ece")
                for stat, fn in (("mean", np.mean), ("std", np.std))
            }
            for name, per_seed in runs.items()
        }
    return results


def print_table(title: str, results: dict) -> None:
    """Print accuracy and ECE as mean +/- std per dataset and method."""
    print(f"\n{title}")
    for dataset, per_method in results.items():
        print(f"{dataset:<24}{'accuracy (%)':>16}{'ECE (%)':>16}")
        for name, s in per_method.items():
            acc = f"{s['accuracy_mean']:.1f} +/- {s['accuracy_std']:.1f}"
            ece = f"{s['ece_mean']:.1f} +/- {s['ece_std']:.1f}"
            print(f"  {name:<22}{acc:>16}{ece:>16}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default=str(Path(__file__).with_name("config.yaml")))
    parser.add_argument("--smoke", action="store_true", help="a few batches, no ablations")
    parser.add_argument("--out", default="results.json")
    args = parser.parse_args()

    cfg = yaml.safe_load(Path(args.config).read_text())
    torch.set_num_threads(1)
    compared, ablated = method_settings(cfg["methods"], cfg["ablation"])
    if args.smoke:
        seeds = cfg["smoke"]["seeds"]
        limits = {"epochs": cfg["smoke"]["epochs"], "max_batches": cfg["smoke"]["max_batches"]}
    else:
        seeds, limits = cfg["evaluation"]["seeds"], {"epochs": cfg["training"]["epochs"]}

    results = {"main": run_grid(cfg["data"]["datasets"], compared, cfg, seeds, **limits)}
    print_table(f"Main comparison (Table 1), seeds {seeds}", results["main"])
    results["ablation"] = {}
    if not args.smoke:
        datasets = [cfg["ablation"]["dataset"]]
        results["ablation"] = run_grid(datasets, ablated, cfg, seeds, **limits)
        print_table("Ablations (Section 5)", results["ablation"])
    results.update(config=cfg, smoke=args.smoke)

    Path(args.out).write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
