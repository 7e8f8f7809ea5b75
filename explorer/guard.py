"""The console's one guarded query path: every check on user-written Cypher lives in run_guarded.

Community Edition has no roles, so the guards must hold on their own (docs/cypher-console.md
describes a read-only user as a second layer where an edition with roles is used):

1. a comment/string/backtick-aware scan refuses more than one statement, LOAD CSV, USE of
   another database, SHOW/TERMINATE/administration commands, CALL ... IN TRANSACTIONS, write
   clauses, EXPLAIN/PROFILE, and every procedure or namespaced function outside an allow-list;
2. ``EXPLAIN`` is run first: the query type must be ``"r"`` and no plan operator may load CSV,
   call a procedure outside the allow-list, run transactions, touch another database or
   administer anything;
3. the query runs in a READ transaction (``execute_read``) with a timeout (default 15 s);
4. rows are pulled lazily, at most ``max_rows + 1`` of them (default 1,000): the rest are
   discarded on the server and never cross the wire; the result says it was truncated;
5. every failure becomes a :class:`QueryError` carrying Neo4j's message with line and column
   (relative to the user's text), never a stack trace.
"""

from __future__ import annotations

import json
import math
import os
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from neo4j import READ_ACCESS, Driver, ManagedTransaction, unit_of_work
from neo4j.exceptions import (
    ClientError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from explorer.cypher_lex import LexError, Token, line_column, qualified_name, tokenize

DEFAULT_TIMEOUT_S = 15.0
DEFAULT_MAX_ROWS = 1000
MAX_TIMEOUT_S = 600.0
MAX_ROWS_LIMIT = 100_000
MAX_QUERY_CHARS = 100_000

DEFAULT_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
        "db.index.fulltext.queryNodes",
        "db.index.fulltext.queryRelationships",
    }
)
"""Read-only procedures a researcher may call (names compared case-insensitively)."""

DEFAULT_FUNCTION_NAMESPACES = (
    "date.",
    "datetime.",
    "localdatetime.",
    "time.",
    "localtime.",
    "duration.",
    "point.",
    "vector.similarity.",
)
"""Namespaces of Cypher's built-in functions (temporal, spatial, vector): always allowed."""

DEFAULT_FUNCTIONS = frozenset({"db.nameFromElementId"})
"""Further namespaced functions allowed one by one. APOC and other plugins are not."""

WRITE_WORDS = frozenset({"CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DETACH", "FOREACH"})
ADMIN_WORDS = frozenset(
    {
        "DROP",
        "ALTER",
        "GRANT",
        "DENY",
        "REVOKE",
        "RENAME",
        "START",
        "STOP",
        "ENABLE",
        "DEALLOCATE",
        "REALLOCATE",
        "TERMINATE",
        "SHOW",
    }
)

_REFUSED_OPERATORS = {
    "LoadCSV": "LOAD CSV is not allowed in the console (it reads files and URLs from the server)",
    "TransactionApply": "CALL ... IN TRANSACTIONS is not allowed in the console",
    "TransactionForeach": "CALL ... IN TRANSACTIONS is not allowed in the console",
    "AdministrationCommand": "administration commands are not allowed in the console",
}
_REFUSED_OPERATOR_PREFIXES = (
    "Show",
    "Terminate",
    "Create",
    "Drop",
    "Alter",
    "Set",
    "Merge",
    "Delete",
    "Remove",
    "DetachDelete",
    "Foreach",
    "Lock",
)

_TIMEOUT_CODES = (
    "Neo.ClientError.Transaction.TransactionTimedOut",
    "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
)
_POSITION_RE = re.compile(r"\s*\(line (-?\d+), column (-?\d+) \(offset: (-?\d+)\)\)")
_EXPLAIN = "EXPLAIN "

ErrorKind = Literal["refused", "invalid", "syntax", "timeout", "failed", "unavailable"]


class QueryError(Exception):
    """A refused or failed console query, with a message meant for the researcher."""

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        code: str | None = None,
        snippet: str = "",
    ) -> None:
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.code = code
        self.snippet = snippet
        super().__init__(self.describe())

    @property
    def title(self) -> str:
        return {
            "refused": "Query refused",
            "invalid": "Invalid input",
            "syntax": "Cypher syntax error",
            "timeout": "Query timed out",
            "failed": "Query failed",
            "unavailable": "Neo4j unavailable",
        }[self.kind]

    def describe(self) -> str:
        """One line: title, message, position."""
        where = f" (line {self.line}, column {self.column})" if self.line is not None else ""
        return f"{self.title}: {self.message}{where}"


@dataclass(frozen=True)
class GuardPolicy:
    """Limits and allow-lists of the console. ``from_env`` reads CONSOLE_TIMEOUT/CONSOLE_MAX_ROWS."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    max_rows: int = DEFAULT_MAX_ROWS
    procedures: frozenset[str] = DEFAULT_PROCEDURES
    function_namespaces: tuple[str, ...] = DEFAULT_FUNCTION_NAMESPACES
    functions: frozenset[str] = DEFAULT_FUNCTIONS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> GuardPolicy:
        env = os.environ if environ is None else environ
        policy = cls()
        if env.get("CONSOLE_TIMEOUT"):
            policy = replace(policy, timeout_s=float(env["CONSOLE_TIMEOUT"]))
        if env.get("CONSOLE_MAX_ROWS"):
            policy = replace(policy, max_rows=int(env["CONSOLE_MAX_ROWS"]))
        return policy.checked()

    def with_limits(
        self, timeout_s: float | None = None, max_rows: int | None = None
    ) -> GuardPolicy:
        """This policy with another timeout and/or row cap (validated)."""
        out = self
        if timeout_s is not None:
            out = replace(out, timeout_s=timeout_s)
        if max_rows is not None:
            out = replace(out, max_rows=max_rows)
        return out.checked()

    def checked(self) -> GuardPolicy:
        """Raise QueryError('invalid') unless 0 < timeout <= 600 s and 1 <= max_rows <= 100,000."""
        t = self.timeout_s
        if not isinstance(t, int | float) or math.isnan(t) or not 0 < t <= MAX_TIMEOUT_S:
            raise QueryError(
                "invalid", f"timeout must be between 0 and {MAX_TIMEOUT_S:g} seconds, got {t}"
            )
        if not isinstance(self.max_rows, int) or not 1 <= self.max_rows <= MAX_ROWS_LIMIT:
            raise QueryError(
                "invalid", f"row limit must be between 1 and {MAX_ROWS_LIMIT}, got {self.max_rows}"
            )
        return self

    def procedure_allowed(self, name: str) -> bool:
        return name.lower() in {p.lower() for p in self.procedures}

    def function_allowed(self, name: str) -> bool:
        low = name.lower()
        return low in {f.lower() for f in self.functions} or low.startswith(
            tuple(ns.lower() for ns in self.function_namespaces)
        )


@dataclass(frozen=True)
class QueryResult:
    """Rows of a guarded query (driver values: Node, Relationship, Path, temporal, ...)."""

    query: str
    params: dict[str, Any]
    columns: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool
    max_rows: int
    elapsed_s: float
    server_ms: int | None = None
    notifications: list[str] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return len(self.rows)


# --------------------------------------------------------------------------- the one path


def run_guarded(
    driver: Driver,
    database: str,
    query: str,
    params: Mapping[str, Any] | str | None = None,
    policy: GuardPolicy | None = None,
) -> QueryResult:
    """Check ``query`` and run it read-only; raise QueryError when refused or failed."""
    policy = (policy or GuardPolicy()).checked()
    started = time.perf_counter()
    if not isinstance(query, str) or not query.strip():
        raise QueryError("invalid", "the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            "invalid", f"the query is {len(query):,} characters long (at most {MAX_QUERY_CHARS:,})"
        )
    clean_params = check_params(params)
    tokens = scan(query, database, policy)
    if not tokens:
        raise QueryError("invalid", "the query is empty (only comments)")
    try:
        with driver.session(
            database=database,
            default_access_mode=READ_ACCESS,
            fetch_size=policy.max_rows + 1,
        ) as session:
            try:
                plan_info = session.execute_read(
                    _explain_tx(policy, started), _EXPLAIN + query, clean_params
                )
            except (Neo4jError, DriverError) as error:  # positions count the EXPLAIN prefix
                raise _translate(error, query, len(_EXPLAIN), policy) from None
            check_plan(plan_info, database, policy)
            columns, rows, truncated, server_ms, notes = session.execute_read(
                _run_tx(policy, started), query, clean_params
            )
    except QueryError:
        raise
    except _GaveUp as gave_up:
        raise _translate(gave_up.error, query, 0, policy) from None
    except (Neo4jError, DriverError) as error:
        raise _translate(error, query, 0, policy) from None
    except (TypeError, ValueError) as error:  # parameter values the driver cannot send
        raise QueryError("invalid", f"parameters: {error}") from None
    return QueryResult(
        query=query,
        params=clean_params,
        columns=columns,
        rows=rows,
        truncated=truncated,
        max_rows=policy.max_rows,
        elapsed_s=time.perf_counter() - started,
        server_ms=server_ms,
        notifications=notes,
    )


class _GaveUp(Exception):
    """A retryable error after the time budget: stop execute_read from retrying."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def _explain_tx(policy: GuardPolicy, started: float) -> Any:
    @unit_of_work(
        timeout=policy.timeout_s, metadata={"app": "newsgraph-console", "step": "explain"}
    )
    def work(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> dict[str, Any]:
        try:
            summary = tx.run(text, params).consume()
        except Neo4jError as error:
            _give_up_if_late(error, policy, started)
            raise
        return {"query_type": summary.query_type, "plan": summary.plan}

    return work


def _run_tx(policy: GuardPolicy, started: float) -> Any:
    @unit_of_work(timeout=policy.timeout_s, metadata={"app": "newsgraph-console", "step": "run"})
    def work(tx: ManagedTransaction, text: str, params: dict[str, Any]) -> tuple[Any, ...]:
        try:
            result = tx.run(text, params)
            columns = list(result.keys())
            rows: list[tuple[Any, ...]] = []
            truncated = False
            for record in result:  # lazily: the driver pulls max_rows + 1 records per batch
                if len(rows) == policy.max_rows:
                    truncated = True
                    break
                rows.append(tuple(record.values()))
            summary = result.consume()  # DISCARD: the rest never leaves the server
        except Neo4jError as error:
            _give_up_if_late(error, policy, started)
            raise
        server_ms = None
        if summary.result_available_after is not None:
            server_ms = summary.result_available_after + (summary.result_consumed_after or 0)
        notes = [_note_text(n) for n in summary.gql_status_objects if _is_warning(n)]
        return columns, rows, truncated, server_ms, notes

    return work


def _give_up_if_late(error: Neo4jError, policy: GuardPolicy, started: float) -> None:
    if error.is_retryable() and time.perf_counter() - started > policy.timeout_s:
        raise _GaveUp(error) from error


def _is_warning(status: Any) -> bool:
    return str(getattr(status, "raw_severity", "")).upper() == "WARNING"


def _note_text(status: Any) -> str:
    text = str(getattr(status, "status_description", "") or "")
    pos = getattr(status, "position", None)
    if pos is not None and getattr(pos, "line", None):
        text += f" (line {pos.line}, column {pos.column})"
    return text


# --------------------------------------------------------------------------- parameters


def check_params(params: Mapping[str, Any] | str | None) -> dict[str, Any]:
    """Parameters as a dict with string keys; a JSON text is parsed (error names line/column)."""
    if params is None or (isinstance(params, str) and not params.strip()):
        return {}
    if isinstance(params, str):
        try:
            params = json.loads(params)
        except json.JSONDecodeError as error:
            raise QueryError(
                "invalid",
                f"parameters are not valid JSON: {error.msg}",
                line=error.lineno,
                column=error.colno,
            ) from None
    if not isinstance(params, Mapping):
        raise QueryError("invalid", 'parameters must be a JSON object such as {"name": "Qaani"}')
    for key in params:
        if not isinstance(key, str) or not key:
            raise QueryError("invalid", f"parameter names must be non-empty strings, got {key!r}")
    return dict(params)


# --------------------------------------------------------------------------- lexical guard


def scan(query: str, database: str, policy: GuardPolicy) -> list[Token]:
    """Tokens of ``query``; raise QueryError('refused') for anything the console does not run."""
    try:
        tokens = tokenize(query)
    except LexError as error:
        raise QueryError(
            "syntax",
            error.reason,
            line=error.line,
            column=error.column,
            snippet=snippet(query, error.line, error.column),
        ) from None
    for index, token in enumerate(tokens):
        reason = _token_problem(tokens, index, database, policy)
        if reason:
            line, column = line_column(query, token.offset)
            raise QueryError(
                "refused",
                reason,
                line=line,
                column=column,
                snippet=snippet(query, line, column),
            )
    return tokens


def _keyword_position(tokens: list[Token], index: int) -> bool:
    """False where a word is a property key, label, map key or alias rather than a keyword."""
    prev = tokens[index - 1] if index > 0 else None
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    if prev is not None and (prev.is_symbol(".", ":") or prev.is_word("AS")):
        return False
    if nxt is not None and nxt.is_symbol(":"):
        return False
    return True


def _token_problem(tokens: list[Token], i: int, database: str, policy: GuardPolicy) -> str | None:
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tok.is_symbol(";"):
        if nxt is not None:
            return "only one statement can run at a time: remove the ';' and what follows"
        return None
    if tok.kind not in ("word", "quoted"):
        return None
    # Namespaced function calls: a.b(...) not preceded by '.' and not after CALL.
    if tok.kind in ("word", "quoted") and not (i > 0 and tokens[i - 1].is_symbol(".")):
        name, end = qualified_name(tokens, i)
        after_call = i > 0 and tokens[i - 1].is_word("CALL")
        if after_call:
            if not policy.procedure_allowed(name):
                return (
                    f"procedure {name} is not on the console's allow-list "
                    f"({', '.join(sorted(policy.procedures))})"
                )
            return None
        if "." in name and end < len(tokens) and tokens[end].is_symbol("("):
            if not policy.function_allowed(name):
                return f"function {name}() is not on the console's allow-list"
    if tok.kind != "word" or not _keyword_position(tokens, i):
        return None
    word = tok.upper
    if word == "LOAD":
        return "LOAD CSV is not allowed in the console (it reads files and URLs from the server)"
    if word in WRITE_WORDS:
        return f"{word} writes to the graph: the console is read-only"
    if word == "SHOW":
        return "SHOW commands are not allowed in the console (use the schema panel)"
    if word in ADMIN_WORDS:
        return f"{word} is an administration command: not allowed in the console"
    if word == "TRANSACTIONS" and i > 0 and tokens[i - 1].is_word("IN", "CONCURRENT", "ROWS"):
        return "CALL ... IN TRANSACTIONS is not allowed in the console"
    if word in ("EXPLAIN", "PROFILE"):
        return f"{word} is not available in the console: the console plans every query itself"
    if word == "USE":
        target, end = qualified_name(tokens, i + 1)
        if end < len(tokens) and tokens[end].is_symbol("("):
            return "USE with a graph function is not allowed in the console"
        if target.lower() != database.lower():
            return f"USE {target or '?'}: the console only reads the database '{database}'"
    return None


# --------------------------------------------------------------------------- plan guard


def plan_operators(plan: Any) -> Iterable[tuple[str, str, str]]:
    """(operator, database, details) for every operator of an EXPLAIN plan (dict or object)."""
    if not plan:
        return
    stack = [plan]
    while stack:
        node = stack.pop()
        if isinstance(node, Mapping):
            op = str(node.get("operatorType", ""))
            args = node.get("args") or node.get("arguments") or {}
            children = node.get("children") or []
        else:
            op = str(getattr(node, "operator_type", ""))
            args = getattr(node, "arguments", {}) or {}
            children = getattr(node, "children", []) or []
        name, _, db = op.partition("@")
        yield name, db, str(args.get("Details", "") or "")
        stack.extend(children)


def check_plan(info: Mapping[str, Any], database: str, policy: GuardPolicy) -> None:
    """Refuse non-read query types and plans that load CSV, call procedures, administer, ..."""
    qtype = info.get("query_type")
    if qtype != "r":
        kind = {
            "w": "writes to the graph",
            "rw": "reads and writes the graph",
            "s": "changes the schema or the server",
        }.get(str(qtype), f"is of type {qtype!r}")
        raise QueryError("refused", f"this query {kind}: the console only runs read-only queries")
    for op, db, details in plan_operators(info.get("plan")):
        if db and db.lower() != database.lower():
            raise QueryError(
                "refused", f"the plan runs on database '{db}': the console only reads '{database}'"
            )
        if op in _REFUSED_OPERATORS:
            raise QueryError("refused", _REFUSED_OPERATORS[op])
        if op.startswith(_REFUSED_OPERATOR_PREFIXES):
            raise QueryError("refused", f"the plan contains {op}: not allowed in the console")
        if op == "ProcedureCall":
            name = details.split("(", 1)[0].strip()
            if not policy.procedure_allowed(name):
                raise QueryError(
                    "refused", f"procedure {name or '?'} is not on the console's allow-list"
                )


# --------------------------------------------------------------------------- errors


def snippet(query: str, line: int | None, column: int | None) -> str:
    """The line of the query at ``line`` with a caret under ``column``."""
    if not line or line < 1:
        return ""
    lines = query.splitlines() or [""]
    if line > len(lines):
        return ""
    text = lines[line - 1]
    col = max(1, min(column or 1, len(text) + 1))
    return f"{text}\n{' ' * (col - 1)}^"


def _translate(error: Exception, query: str, shift: int, policy: GuardPolicy) -> QueryError:
    if isinstance(error, ServiceUnavailable | SessionExpired):
        return QueryError("unavailable", f"cannot reach Neo4j: {_first_line(str(error))}")
    if not isinstance(error, Neo4jError):
        return QueryError("failed", _first_line(str(error)) or type(error).__name__)
    code = error.code or ""
    message = error.message or str(error)
    if code.startswith(_TIMEOUT_CODES) or "TransactionTimedOut" in code:
        return QueryError(
            "timeout",
            f"stopped after the {policy.timeout_s:g} s limit. Add a LIMIT, anchor the MATCH on "
            "an indexed property (e.g. {id: ...}) or avoid disconnected patterns (cartesian "
            "products)",
            code=code,
        )
    if code == "Neo.ClientError.Statement.AccessMode":
        return QueryError(
            "refused", "the server refused a write in the read-only transaction", code=code
        )
    first = _first_line(message)
    line = column = None
    match = _POSITION_RE.search(first)
    if match:
        offset = int(match.group(3)) - shift
        first = (first[: match.start()] + first[match.end() :]).rstrip()
        if 0 <= offset <= len(query):
            line, column = line_column(query, offset)
        elif shift == 0:
            line, column = int(match.group(1)), int(match.group(2))
    kind: ErrorKind = "syntax" if "SyntaxError" in code else "failed"
    if isinstance(error, ClientError) and code.startswith("Neo.ClientError.Procedure"):
        kind = "failed"
    return QueryError(
        kind, first, line=line, column=column, code=code, snippet=snippet(query, line, column)
    )


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
