import { useNow } from './hooks';
import { OfferCard } from './OfferCard';
import type { OfferModel } from './offerModel';
import { useStore } from './store';

/** Offers for this agent, stacked over whatever page is open. */
export function OfferStack({ offers }: { offers: OfferModel }) {
  const cards = useStore(offers.cards);
  const now = useNow();
  const open = cards.filter((c) => c.phase === 'open').length;
  return (
    <aside class="offer-stack" aria-label="Chat offers" data-count={cards.length}>
      <p class="visually-hidden" role="status" aria-live="assertive">
        {open > 0 ? `${open} chat ${open === 1 ? 'offer' : 'offers'} waiting for you` : ''}
      </p>
      {cards.map((c) => (
        <OfferCard
          key={c.offer.id}
          card={c}
          now={now}
          onAccept={() => offers.accept(c.offer.id)}
          onDecline={() => offers.decline(c.offer.id)}
        />
      ))}
    </aside>
  );
}
