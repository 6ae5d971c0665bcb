import express, { type Request, type Response } from 'express';

const app = express();
app.use(express.json());

interface Order {
  id: string;
  status: 'open' | 'shipped' | 'cancelled';
}
const orders = new Map<string, Order>();

app.get('/orders/:id', (req: Request, res: Response) => {
  const order = orders.get(req.params.id as string);
  if (!order) {
    // 404 without a body: the client cannot tell a missing order from a wrong URL.
    res.status(404).end();
    return;
  }
  res.status(200).json(order);
});

app.post('/orders', (req: Request, res: Response) => {
  if (typeof req.query.customer !== 'string') {
    res.status(441).json({ message: 'customer is required' });
    return;
  }
  if (req.body === undefined) {
    // 418 is not in the documented table (and is an unused code).
    res.status(418).json({ message: 'no tea here' });
    return;
  }
  const order: Order = { id: String(orders.size + 1), status: 'open' };
  orders.set(order.id, order);
  res.status(201).location(`/orders/${order.id}`).json(order);
});

app.delete('/orders/:id', (req: Request, res: Response) => {
  orders.delete(req.params.id as string);
  // A 204 must not carry a body; Node drops it silently.
  res.status(204).json({ deleted: true });
});

app.patch('/orders/:id', (req: Request, res: Response) => {
  const order = orders.get(req.params.id as string);
  // The order's own `status` is not an HTTP status: never reported.
  if (order?.status === 'cancelled') {
    // 409 is on the error page, but PATCH /orders/{id} does not document it: clients generated from
    // the OpenAPI document do not expect it here.
    res.status(409).json({ message: 'order is cancelled' });
    return;
  }
  // A typo for 422: Express only rejects it at run time.
  res.status(4220).json({ message: 'invalid patch' });
});

export default app;
