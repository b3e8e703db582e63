package graph

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// ErrUnavailable marks errors caused by a Neo4j server that cannot be reached
// (down, wrong address, network). Callers test it with errors.Is to tell
// "graph store unavailable" apart from bad queries or bad data.
var ErrUnavailable = errors.New("graph store unavailable")

// Config says which Neo4j to use. URI takes any scheme the driver knows:
// neo4j:// (routing, clusters), neo4j+s:// (Aura, TLS), bolt:// (one server).
type Config struct {
	URI      string
	User     string
	Password string
	Database string // empty = the server's default database
}

// Store is an open connection pool to Neo4j. It is safe for concurrent use;
// one Store serves the whole process.
type Store struct {
	driver   neo4j.DriverWithContext
	database string
	// beforeBatch, when set (tests only), runs before each batched statement of
	// a document write; an error aborts the write as a failing batch would.
	beforeBatch func(stage string, batch int) error
}

// Open connects to Neo4j and checks that it answers and accepts the
// credentials, so a misconfiguration is reported at start-up, not on the
// first query.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("open graph store: no Neo4j URI given (set NEO4J_URI or --neo4j-uri, e.g. neo4j://127.0.0.1:7687)")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			// Fail fast when the server is gone: the API answers "unavailable"
			// within ~2 s (measured: the retry loop's backoff adds ~1 s to
			// the 1 s budget) instead of retrying for the driver's 30 s.
			c.SocketConnectTimeout = 5 * time.Second
			c.ConnectionAcquisitionTimeout = 10 * time.Second
			c.MaxTransactionRetryTime = 1 * time.Second
		})
	if err != nil {
		return nil, fmt.Errorf("open graph store %s: %w (check the URI scheme: neo4j://, neo4j+s://, bolt://)", cfg.URI, err)
	}
	s := &Store{driver: driver, database: cfg.Database}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		_ = driver.Close(ctx)
		err = classify(err)
		if errors.Is(err, ErrUnavailable) {
			return nil, fmt.Errorf("open graph store %s: %w (is Neo4j running? start it with `scripts/neo4j start` or point NEO4J_URI at a running server)", cfg.URI, err)
		}
		return nil, fmt.Errorf("open graph store %s as user %q: %w (check NEO4J_USER/NEO4J_PASSWORD; `scripts/neo4j env` prints the local ones)", cfg.URI, cfg.User, err)
	}
	return s, nil
}

// Ping reports whether the server answers now; the error wraps ErrUnavailable
// when it cannot be reached.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		if errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, ErrUnavailable) {
			// No answer within the caller's deadline: for a health check that is
			// the same as down.
			return fmt.Errorf("ping graph store: %w: %w", ErrUnavailable, err)
		}
		return fmt.Errorf("ping graph store: %w", classify(err))
	}
	return nil
}

// Close releases the connection pool.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("close graph store: %w", err)
	}
	return nil
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.database, AccessMode: mode})
}

// readTx runs work in a managed read transaction (retried by the driver on
// transient errors); unreachable-server errors come back wrapping ErrUnavailable.
func readTx[T any](ctx context.Context, s *Store, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteRead(ctx, sess, neo4j.ManagedTransactionWorkT[T](work))
	return v, classify(err)
}

// writeTx is readTx for writes: all of work commits or none of it does.
func writeTx[T any](ctx context.Context, s *Store, work func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteWrite(ctx, sess, neo4j.ManagedTransactionWorkT[T](work))
	return v, classify(err)
}

// classify wraps err with ErrUnavailable when it means the server could not
// be reached, so callers need not know the driver's error types.
func classify(err error) error {
	if err == nil || errors.Is(err, ErrUnavailable) {
		return err
	}
	if unreachable(err) {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return err
}

func unreachable(err error) bool {
	var conn *neo4j.ConnectivityError
	var netErr net.Error
	if errors.As(err, &conn) || errors.As(err, &netErr) {
		return true
	}
	// The retry loop reports its give-up as TransactionExecutionLimit without
	// Unwrap; look at the attempts it collected.
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) {
		for _, e := range limit.Errors {
			if unreachable(e) {
				return true
			}
		}
	}
	msg := err.Error()
	for _, s := range []string{"connection refused", "no such host", "i/o timeout", "server unavailable", "ConnectivityError"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
