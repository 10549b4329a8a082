import { Flex } from 'antd';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { DepartmentGrid } from './DepartmentGrid.js';
import { HandlingDepthLinks } from './HandlingDepthLinks.js';
import { HomeHero } from './HomeHero.js';
import { HotItems } from './home/HotItems.js';
import { LifeEvents } from './home/LifeEvents.js';
import { PublicServices } from './PublicServices.js';

export default function HomePage() {
  useDocumentTitle();
  return (
    <Flex vertical gap={32}>
      <HomeHero />
      <HotItems />
      <LifeEvents />
      <HandlingDepthLinks />
      <DepartmentGrid />
      <PublicServices />
    </Flex>
  );
}
