"""No import cycle between our modules (issue 14): a cycle is how the answer decision once lived in
two Action classes that ran each other. Module-level imports only: an import inside a function is
deferred on purpose (for example the CLI's heavy commands) and cannot form a cycle at import time."""

import ast

from bot import PROJECT_ROOT


def module_graph():
    paths = [*(PROJECT_ROOT / "bot").rglob("*.py"), *(PROJECT_ROOT / "actions").rglob("*.py")]
    names = {}
    for path in paths:
        parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph = {name: set() for name in names}
    for name, path in names.items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            else:
                continue
            graph[name] |= {t for t in targets if t in names and t != name}
    return graph


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_the_check_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_of_ours_imports_itself_through_others():
    graph = module_graph()
    assert "bot.knowledge.route" in graph and "actions.respond" in graph
    assert cycles(graph) == []
