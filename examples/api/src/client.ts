export interface Order {
  id: string;
}

export async function fetchOrder(id: string): Promise<Order | undefined> {
  const response = await fetch(`https://api.example.com/orders/${id}`);
  // Breaks the day the API answers 203 or 204: check the class instead.
  if (response.status === 200) {
    return (await response.json()) as Order;
  }
  if (response.status === 404) {
    return undefined;
  }
  if (response.status >= 500) {
    throw new Error(`server error ${response.status}`);
  }
  throw new Error(`unexpected status ${response.status}`);
}

export async function saveOrder(order: Order): Promise<boolean> {
  const response = await fetch('https://api.example.com/orders', { method: 'POST', body: JSON.stringify(order) });
  // The fetch Response says this itself: response.ok (recommended-type-checked, autofixed).
  return response.status >= 200 && response.status < 300;
}
