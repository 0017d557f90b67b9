"""Quality and speed benchmarks: `make eval` (bench.quality) and `make bench` (bench.speed)."""
